export type PersonalDataKind =
  | 'email'
  | 'nhs-number'
  | 'ni-number'
  | 'upn'
  | 'phone'
  | 'postcode'
  | 'address'
  | 'date-of-birth'
  | 'date'
  | 'school'
  | 'name'

export interface Candidate {
  kind: PersonalDataKind
  start: number
  end: number
}
