import type { JSONFieldServerComponent } from 'payload'

import { heldBackOf } from '../heldBackRecord'
import { siteBuildStrings as s } from '../strings'
import { HeldBackList } from './HeldBackList'

/**
 * "Held back" on a Site builds record, as a list an officer can read and follow. The field is
 * JSON, which Payload would show in its code editor: that editor loads from a CDN the CMS's
 * Content-Security-Policy refuses (and which a machine without internet cannot reach), so
 * officers saw an empty grey box.
 */
export const HeldBackRecordsField: JSONFieldServerComponent = ({ data, payload }) => {
  const records = heldBackOf({
    heldBack: (data as { heldBack?: unknown } | undefined)?.heldBack as never,
  })
  return (
    <div className="field-type site-build-held-back">
      <h3 className="field-label">{s.heldBackFieldLabel}</h3>
      <p className="field-description">{s.heldBackFieldDescription}</p>
      {records.length === 0 ? (
        <p>{s.heldBackNone}</p>
      ) : (
        <HeldBackList records={records} admin={payload.config.routes.admin} />
      )}
    </div>
  )
}
