import type { HeldBackRecord } from '../heldBackRecord'
import { siteBuildStrings as s } from '../strings'

/**
 * The documents a build held back, each linked to its edit view, with the reason and whether the
 * site still shows its earlier version. On the dashboard's notice and on a Site builds record.
 */
export function HeldBackList({ records, admin }: { records: HeldBackRecord[]; admin: string }) {
  return (
    <ul className="site-build-notice__held-back">
      {records.map((record) => (
        <li key={`${record.collection}/${record.id ?? record.slug}`}>
          {record.id ? (
            <a href={`${admin}/collections/${record.collection}/${record.id}`}>{record.title}</a>
          ) : (
            record.title
          )}
          : {record.reason} {record.keptPrevious ? s.heldBackKept : s.heldBackAbsent}
        </li>
      ))}
    </ul>
  )
}
