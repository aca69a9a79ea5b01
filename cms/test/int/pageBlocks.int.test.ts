import { describe, expect, it } from 'vitest'

import { richText, validPage } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/** Rights, good practice and step-by-step blocks in a page's rich text; "See also" pages (issue 15). */
const context = useTestWorld()

const block = (fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: `b${Math.random().toString(16).slice(2, 14)}`, blockName: '', ...fields },
})

const duty = (overrides: Record<string, unknown> = {}) =>
  block({
    blockType: 'rightsPassage',
    kind: 'duty',
    text: 'The council must tell you within 6 weeks whether it will assess.',
    source: 'SEND Regulations 2014, regulation 5(1)',
    sourceUrl: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/5',
    ...overrides,
  })

const steps = (goTo: number) =>
  block({
    blockType: 'stepByStep',
    heading: 'Step by step',
    steps: [
      { title: 'You ask', branches: [{ condition: 'If the council says no', goTo }] },
      { title: 'The council decides' },
      { title: 'The plan' },
    ],
  })

/** A page's content: a paragraph followed by the given blocks. */
const withBlocks = (...blocks: Array<ReturnType<typeof block>>) => {
  const content = richText('What happens when you ask.')
  return { ...content, root: { ...content.root, children: [...content.root.children, ...blocks] } }
}

async function refusal(action: Promise<unknown>): Promise<string> {
  const error = (await action.then(
    () => undefined,
    (e: unknown) => e,
  )) as { status?: number; data?: { errors?: Array<{ message: string }> } } | undefined
  expect(error, 'the page should have been refused').toBeDefined()
  expect(error?.status).toBe(400)
  return (error?.data?.errors ?? []).map((e) => e.message).join(' | ')
}

describe('page blocks', () => {
  it('keeps a marked duty, good practice and a process with branches', async () => {
    const { payload } = context.t
    const page = await payload.create({
      collection: 'pages',
      data: validPage({
        content: withBlocks(
          duty(),
          duty({ kind: 'goodPractice', source: null, sourceUrl: null }),
          steps(3),
        ),
      }),
    })
    const saved = JSON.stringify(page.content)
    expect(saved).toContain('"blockType":"rightsPassage"')
    expect(saved).toContain('"goodPractice"')
    expect(saved).toContain('"goTo":3')
  })

  it('refuses a duty without its source', async () => {
    const message = await refusal(
      context.t.payload.create({
        collection: 'pages',
        data: validPage({ content: withBlocks(duty({ source: '' })) }),
      }),
    )
    expect(message).toMatch(/source/)
  })

  it('refuses a source link that is not a web page', async () => {
    const message = await refusal(
      context.t.payload.create({
        collection: 'pages',
        data: validPage({ content: withBlocks(duty({ sourceUrl: 'javascript:alert(1)' })) }),
      }),
    )
    expect(message).toMatch(/https:\/\//)
  })

  it('refuses a branch to a step the process does not have, or to itself', async () => {
    for (const [goTo, said] of [
      [4, /Step 1 goes to step 4, but there are only 3 steps/],
      [1, /Step 1 goes to itself/],
    ] as const) {
      const message = await refusal(
        context.t.payload.create({
          collection: 'pages',
          data: validPage({ content: withBlocks(steps(goTo)) }),
        }),
      )
      expect(message).toMatch(said)
    }
  })
})

describe('See also', () => {
  it('keeps the chosen pages in order, but never the page itself', async () => {
    const { payload } = context.t
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => payload.create({ collection: 'pages', data: validPage() })),
    )
    const updated = await payload.update({
      collection: 'pages',
      id: a!.id,
      data: { relatedPages: [c!.id, b!.id] },
      depth: 0,
    })
    expect(updated.relatedPages).toEqual([c!.id, b!.id])
    await refusal(
      payload.update({ collection: 'pages', id: a!.id, data: { relatedPages: [a!.id] } }),
    )
  })
})
