import { maxBranches, maxSteps, pageBlockTypes } from '@local-offer/shared'
import type { Block } from 'payload'

/**
 * A process as numbered steps, each with optional ways on ("If yes, go to step 5"): the
 * flowchart families asked for (seed 004), as text a screen reader, a phone and a printer can
 * all follow, not an image. That each branch leads to another step is checked when the page is
 * saved (`hooks/checkPageBlocks`), where the whole block is known.
 */
export const stepByStepBlock: Block = {
  slug: pageBlockTypes.stepByStep,
  interfaceName: 'StepByStepBlock',
  labels: { singular: 'Step by step', plural: 'Step by step processes' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      maxLength: 150,
      admin: { description: 'e.g. “An EHC needs assessment, step by step”.' },
    },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: maxSteps,
      labels: { singular: 'Step', plural: 'Steps' },
      admin: { description: 'Numbered in this order: step 1 is the first row.' },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 150 },
        { name: 'text', type: 'textarea', maxLength: 1000 },
        {
          name: 'branches',
          label: 'Ways on from this step',
          type: 'array',
          maxRows: maxBranches,
          labels: { singular: 'Way on', plural: 'Ways on' },
          admin: {
            description:
              'Only where the process divides, e.g. “If the council says yes” → step 4. Without one, the reader goes on to the next step.',
          },
          fields: [
            {
              name: 'condition',
              type: 'text',
              required: true,
              maxLength: 120,
              admin: { description: 'e.g. “If the council says yes”' },
            },
            {
              name: 'goTo',
              label: 'Go to step',
              type: 'number',
              required: true,
              min: 1,
              max: maxSteps,
            },
          ],
        },
      ],
    },
  ],
}
