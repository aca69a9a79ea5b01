import type { Field } from 'payload'

import { websiteField } from '../../fields/contactDetails'

/** SEND Regulations 2014 Schedule 2 paragraph 5 (a)-(j), in the order the regulations give. */
const paragraph5 = [
  ['approachToTeaching', 'Approach to teaching children and young people with SEN'],
  ['adaptingCurriculum', 'How the curriculum and learning environment are adapted'],
  ['additionalSupport', 'Additional learning support available'],
  ['assessingProgress', 'How progress is assessed and reviewed, and how families take part'],
  ['evaluatingProvision', 'How the provision is evaluated, and how families take part'],
  ['facilities', 'Access to facilities'],
  ['activities', 'Activities beyond the curriculum, including physical activities'],
  ['wellbeing', 'Support for overall well-being'],
  ['staffExpertise', 'How staff expertise is secured'],
  ['emotionalSupport', 'Support for emotional, mental and social development'],
] as const

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
    fields: paragraph5.map(([name, label]) => ({
      name,
      label,
      type: 'textarea' as const,
      localized: true,
    })),
  },
]
