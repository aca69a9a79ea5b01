import { educationOfferQuestions } from '@local-offer/shared'
import type { Field } from 'payload'

import { websiteField } from '../../fields/contactDetails'

export const educationOfferFields: Field[] = [
  websiteField({
    name: 'senInformationReportUrl',
    label: 'SEN information report (web address)',
    admin: { description: "Link to the school's published SEN information report." },
  }),
  {
    name: 'educationOffer',
    type: 'group',
    label: false,
    admin: {
      condition: (data) => data?.category === 'education',
    },
    fields: educationOfferQuestions.map(({ key, label }) => ({
      name: key,
      label,
      type: 'textarea' as const,
      localized: true,
    })),
  },
]
