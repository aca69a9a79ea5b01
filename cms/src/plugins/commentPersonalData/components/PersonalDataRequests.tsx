import type { AdminViewServerProps } from 'payload'

import { staffAdminView } from '../../../components/staffAdminView'
import { PersonalDataSearch } from './PersonalDataSearch'

/**
 * /admin/personal-data: find everything a person sent in comments, then download a copy (subject
 * access request) or erase it (right to erasure). LA staff only; the endpoints check again.
 */
export function PersonalDataRequests(props: AdminViewServerProps) {
  return staffAdminView(
    props,
    {
      title: 'Personal data requests',
      staffOnly: 'Only LA officers and administrators can use this page.',
    },
    () => <PersonalDataSearch />,
  )
}
