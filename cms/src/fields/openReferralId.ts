import type { FieldHook, TextField } from 'payload'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Keeps a given id (an import sets the feed's) and makes one for a new document without. */
const keepOrMakeOpenReferralId: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim().toLowerCase()
    : crypto.randomUUID()

/**
 * The document's stable Open Referral UK identifier (a UUID): the `id` it has in the published
 * `/openreferral/` feed and the key the Open Referral importer matches records on.
 * Made on create when absent; nobody edits it in the admin.
 */
export function openReferralIdField(): TextField {
  return {
    name: 'openReferralId',
    label: 'Open Referral id',
    type: 'text',
    // Not `required`: the hook fills it before validation.
    unique: true,
    index: true,
    validate: (value: unknown) =>
      value === undefined || value === null || (typeof value === 'string' && UUID.test(value))
        ? true
        : 'The Open Referral id must be a UUID, like 0b6c8a4e-3f1d-4c2b-9a7e-5d8f1e2c3b4a',
    hooks: { beforeValidate: [keepOrMakeOpenReferralId] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Its id in the Open Referral UK feed (/openreferral/). Made automatically.',
    },
  }
}
