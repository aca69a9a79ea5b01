/** Every string the account-request feature shows in the admin. */
export const accountRequestStrings = {
  labels: { singular: 'Account request', plural: 'Account requests' },
  group: 'Administration',
  description:
    'Organisations that asked for an account from the public form. Approve one to create (or link) its organisation and invite its contact; decline with a reason. The requester is e-mailed either way.',
  organisationName: 'Organisation name',
  contactName: 'Contact name',
  email: 'E-mail address',
  phone: 'Phone',
  offer: 'What the organisation offers',
  registrationNumber: 'Registration, Ofsted or charity number',
  locale: 'Language of the form',
  status: {
    label: 'Decision',
    description:
      'Approve: the organisation is created (or the one you link below is used) and the contact is invited. Decline: give a reason below. A decision cannot be changed afterwards.',
    options: [
      { value: 'waiting', label: 'Waiting for an officer' },
      { value: 'approved', label: 'Approved: organisation and invitation made' },
      { value: 'declined', label: 'Declined' },
    ],
  },
  organisation: {
    label: 'Organisation',
    description:
      'To approve: link the organisation if it is already on the Local Offer; leave empty to create a new one with the name and number above.',
  },
  organisationType: {
    label: 'Type of the new organisation',
    description: 'Needed when approving without linking an existing organisation.',
  },
  declineReason: {
    label: 'Reason for declining',
    description: 'Sent to the requester in the e-mail. Write it in plain words.',
  },
  decidedAt: 'Decided on',
  decidedBy: 'Decided by',
  invitedUser: 'Invited user',
  refusals: {
    undecided: 'A decision cannot be taken back: this request was already decided.',
    reasonMissing: 'Give the reason for declining: it is sent to the requester.',
    typeMissing:
      'Choose the type of the new organisation, or link the existing organisation it belongs to.',
  },
  dashboardTitle: 'Account requests',
  dashboardNone: 'No organisation is waiting for an account.',
  dashboardWaiting: (n: number) =>
    n === 1
      ? '1 organisation is waiting for an account.'
      : `${n} organisations are waiting for an account.`,
  dashboardLink: 'See waiting requests',
} as const

export type AccountRequestStatus = (typeof accountRequestStrings.status.options)[number]['value']
