import { describe, expect, it } from 'vitest'

import { branchProblem, pageBlockSchema } from '../src/pageBlocks.js'

const duty = {
  blockType: 'rightsPassage',
  kind: 'duty',
  text: 'The council must tell you within 6 weeks whether it will assess.',
  source: 'SEND Regulations 2014, regulation 5(1)',
  sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
}

const steps = (branches: Array<{ condition: string; goTo: number }>) => ({
  blockType: 'stepByStep',
  heading: 'Step by step',
  steps: [
    { title: 'You ask', text: null, branches },
    { title: 'The council decides', branches: null },
    { title: 'The plan', text: '' },
  ],
})

describe('pageBlockSchema', () => {
  it('reads a statutory duty with its source, and blanks as absent', () => {
    expect(pageBlockSchema.parse({ ...duty, sourceUrl: '' })).toEqual({
      ...duty,
      sourceUrl: undefined,
    })
  })

  it('refuses a duty without a source, but not good practice', () => {
    expect(pageBlockSchema.safeParse({ ...duty, source: ' ' }).success).toBe(false)
    expect(pageBlockSchema.safeParse({ ...duty, kind: 'goodPractice', source: null }).success).toBe(
      true,
    )
  })

  it('refuses a source link that is not a web page', () => {
    for (const sourceUrl of ['javascript:alert(1)', 'legislation.gov.uk', 'mailto:a@b.uk'])
      expect(pageBlockSchema.safeParse({ ...duty, sourceUrl }).success).toBe(false)
  })

  it('reads steps with their branches (none when blank)', () => {
    const parsed = pageBlockSchema.parse(steps([{ condition: 'If no', goTo: 3 }]))
    expect(parsed.blockType === 'stepByStep' && parsed.steps.map((s) => s.branches)).toEqual([
      [{ condition: 'If no', goTo: 3 }],
      [],
      [],
    ])
  })

  it('refuses a branch to a step that does not exist or to itself', () => {
    expect(pageBlockSchema.safeParse(steps([{ condition: 'If no', goTo: 4 }])).success).toBe(false)
    expect(pageBlockSchema.safeParse(steps([{ condition: 'If no', goTo: 1 }])).success).toBe(false)
  })
})

describe('branchProblem', () => {
  it('accepts another step of the process, at both ends', () => {
    expect(branchProblem(1, 2, 5)).toBeUndefined()
    expect(branchProblem(5, 2, 5)).toBeUndefined()
  })

  it('says what is wrong', () => {
    expect(branchProblem(0, 2, 5)).toBe('Step 2 goes to step 0, but there are only 5 steps.')
    expect(branchProblem(6, 2, 5)).toBe('Step 2 goes to step 6, but there are only 5 steps.')
    expect(branchProblem(2, 2, 5)).toBe('Step 2 goes to itself: choose another step.')
  })
})
