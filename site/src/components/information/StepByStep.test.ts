import { describe, expect, it } from 'vitest'

import { render } from '../../../test/support/render'
import StepByStep from './StepByStep.astro'

const block = {
  blockType: 'stepByStep' as const,
  heading: 'Asking for an assessment, step by step',
  steps: [
    { title: 'You ask', text: 'Write to the council.', branches: [] },
    {
      title: 'The council decides',
      text: undefined,
      branches: [
        { condition: 'If yes', goTo: 3 },
        { condition: 'If no', goTo: 1 },
      ],
    },
    { title: 'The plan', text: undefined, branches: [] },
  ],
}

describe('StepByStep', () => {
  it('is an ordered list of headed steps whose branches link to other steps', async () => {
    const html = await render(StepByStep, {
      props: { block, id: 'steps-1', stepIds: ['step-1', 'step-2', 'step-3'], locale: 'en' },
    })
    expect(html).toContain(
      '<section aria-labelledby="steps-1-heading"><h2 class="govuk-heading-m" id="steps-1-heading">Asking for an assessment, step by step</h2><ol class="lo-timeline__steps" role="list">',
    )
    expect(html).toContain(
      '<li class="lo-timeline__step" id="step-1" tabindex="-1"><h3 class="govuk-heading-s"><span class="govuk-visually-hidden">Step 1:</span>You ask</h3><p class="govuk-body">Write to the council.</p></li>',
    )
    expect(html).toContain(
      '<li>If yes:<a class="govuk-link" href="#step-3">go to step 3: The plan</a></li><li>If no:<a class="govuk-link" href="#step-1">go to step 1: You ask</a></li>',
    )
    expect(html.match(/<li class="lo-timeline__step"/g)).toHaveLength(3)
  })

  it('uses the ids it is given and the words of the text’s language', async () => {
    const html = await render(StepByStep, {
      props: {
        block,
        id: 'steps-2',
        stepIds: ['steps-2-step-1', 'steps-2-step-2', 'steps-2-step-3'],
        locale: 'ar',
      },
    })
    expect(html).toContain('href="#steps-2-step-3">انتقل إلى الخطوة 3: The plan</a>')
    expect(html).toContain('<span class="govuk-visually-hidden">الخطوة 2:</span>')
  })
})
