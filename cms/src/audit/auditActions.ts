/** What the audit log records about a listing. */
export const auditActions = [
  { value: 'publish', label: 'Published' },
  { value: 'return', label: 'Returned to the provider' },
  { value: 'withdraw', label: 'Withdrawn from the site' },
  { value: 'confirm', label: 'Confirmed still correct' },
] as const

export type AuditAction = (typeof auditActions)[number]['value']
