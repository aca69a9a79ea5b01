/** Where a listing's latest change is in moderation. */
export const moderationStates = [
  { value: 'draft', label: 'Draft (not yet submitted)' },
  { value: 'submitted', label: 'Submitted for review' },
  { value: 'returned', label: 'Returned with a comment' },
  { value: 'approved', label: 'Approved and published' },
] as const

export type ModerationState = (typeof moderationStates)[number]['value']
