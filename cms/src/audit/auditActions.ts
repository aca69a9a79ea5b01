/** What the audit log records: about a listing, or about comments and the personal data in them. */
export const auditActions = [
  { value: 'publish', label: 'Published' },
  { value: 'return', label: 'Returned to the provider' },
  { value: 'withdraw', label: 'Withdrawn from the site' },
  { value: 'confirm', label: 'Confirmed still correct' },
  { value: 'quote-checked', label: 'Quote checked: nothing identifying' },
  { value: 'original-deleted', label: 'Original comment text deleted (retention)' },
  { value: 'erasure', label: 'Comments erased (right to erasure)' },
  { value: 'subject-access', label: 'Comments exported (subject access request)' },
] as const

export type AuditAction = (typeof auditActions)[number]['value']
