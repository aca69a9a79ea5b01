import { pageBlockTypes, rightsPassageKinds, validateWebsite } from '@local-offer/shared'
import type { Block } from 'payload'

/**
 * A passage marked as a right ("the council must…", with the law it comes from) or as good
 * practice ("should"): the site shows it apart from the text around it and lists every duty on
 * the "Your rights" page. Families and officers asked for the two to be told apart (seed 003, 004).
 */
export const rightsPassageBlock: Block = {
  slug: pageBlockTypes.rightsPassage,
  interfaceName: 'RightsPassageBlock',
  labels: { singular: 'Right or good practice', plural: 'Rights and good practice' },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'duty',
      options: rightsPassageKinds.map(({ value, label }) => ({ value, label: label.en })),
      admin: {
        description:
          'A statutory duty is what the law says must happen; good practice is what guidance says should happen.',
      },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 1500,
      admin: {
        description:
          'Plain words, to the family: e.g. “The council must tell you within 6 weeks whether it will assess your child.”',
      },
    },
    {
      name: 'source',
      type: 'text',
      maxLength: 200,
      // A duty is only as good as the law it comes from (the whole block is checked on save too).
      validate: (value: string | null | undefined, { siblingData }: { siblingData: unknown }) =>
        (siblingData as { kind?: string } | undefined)?.kind === 'duty' && !value?.trim()
          ? 'Enter the source of the duty: the act, regulation or Code of Practice paragraph'
          : true,
      admin: {
        description:
          'e.g. “Children and Families Act 2014, section 36(8)”, “SEND Regulations 2014, regulation 5(1)” or “SEND Code of Practice, paragraph 9.14”.',
      },
    },
    {
      name: 'sourceUrl',
      label: 'Source link',
      type: 'text',
      maxLength: 500,
      validate: (value: string | null | undefined) => validateWebsite(value),
      admin: { description: 'Optional: e.g. the section on legislation.gov.uk.' },
    },
  ],
}
