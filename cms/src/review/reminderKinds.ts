/** The reminders the review job sends for each review cycle of a listing. */
export const reminderKinds = [
  { value: 'provider-30-days', label: 'Provider: review due in 30 days' },
  { value: 'provider-7-days', label: 'Provider: review due in 7 days' },
  { value: 'officer-14-days-overdue', label: 'Officer: review 14 days overdue' },
] as const

export type ReminderKind = (typeof reminderKinds)[number]['value']

/**
 * sending: claimed, email not yet confirmed sent (a crash here is retried after the claim lease);
 * sent: done; failed: the send failed and is retried on the next run;
 * no-recipients: nobody to send to (recorded so it is visible, not silently skipped).
 */
export const reminderStates = [
  { value: 'sending', label: 'Sending' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Failed (will retry)' },
  { value: 'no-recipients', label: 'No one to send to' },
] as const

export type ReminderState = (typeof reminderStates)[number]['value']
