/**
 * The blocks an officer can put in an information page's rich text (issue 15 item 3): a passage
 * marked as a right or as good practice, and a step-by-step process. The CMS defines the blocks
 * with these names, the seed writes them and the site reads them back with `pageBlockSchema`, so
 * the three agree here once.
 *
 * Lexical stores a block as `{ type: 'block', fields: { blockType, id, ...fields } }`.
 */
import { z } from 'zod'

import type { LocalisedText } from './locales.js'
import { validateWebsite } from './validation.js'

export const pageBlockTypes = {
  rightsPassage: 'rightsPassage',
  stepByStep: 'stepByStep',
} as const

/**
 * What a marked passage is. Families and officers asked for what is statutory ("must") to be
 * told apart from good practice ("should"): seed 003 and 004, the consultation on the Code.
 */
export const rightsPassageKinds = [
  {
    value: 'duty',
    label: { en: 'Statutory duty (“must”)', pl: 'Obowiązek ustawowy', ar: 'واجب قانوني' },
  },
  {
    value: 'goodPractice',
    label: { en: 'Good practice (“should”)', pl: 'Dobra praktyka', ar: 'ممارسة جيدة' },
  },
] as const satisfies readonly { value: string; label: LocalisedText }[]

export type RightsPassageKind = (typeof rightsPassageKinds)[number]['value']

/** The most steps one process shows: more than this is several processes. */
export const maxSteps = 20
/** The most ways out of one step (yes / no / it depends). */
export const maxBranches = 3

const trimmed = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || undefined)

export const rightsPassageSchema = z
  .object({
    blockType: z.literal(pageBlockTypes.rightsPassage),
    kind: z.enum(rightsPassageKinds.map((k) => k.value) as [RightsPassageKind, RightsPassageKind]),
    text: trimmed(1500),
    source: optionalText(200),
    // Only a web page (legislation.gov.uk, gov.uk): the site shows it as the source's link.
    sourceUrl: optionalText(500).refine((url) => !url || validateWebsite(url) === true, {
      message: 'The source link must be a full web address starting with https://',
    }),
  })
  .refine((passage) => passage.kind !== 'duty' || passage.source, {
    message: 'A statutory duty needs its source (the act, regulation or Code paragraph).',
    path: ['source'],
  })

export type RightsPassage = z.output<typeof rightsPassageSchema>

const branchSchema = z.object({
  condition: trimmed(120),
  goTo: z.number().int().min(1).max(maxSteps),
})

export const stepByStepSchema = z
  .object({
    blockType: z.literal(pageBlockTypes.stepByStep),
    heading: trimmed(150),
    steps: z
      .array(
        z.object({
          title: trimmed(150),
          text: optionalText(1000),
          branches: z
            .array(branchSchema)
            .max(maxBranches)
            .nullish()
            .transform((v) => v ?? []),
        }),
      )
      .min(2)
      .max(maxSteps),
  })
  .superRefine((block, context) => {
    block.steps.forEach((step, index) => {
      step.branches.forEach((branch, b) => {
        const problem = branchProblem(branch.goTo, index + 1, block.steps.length)
        if (problem)
          context.addIssue({
            code: 'custom',
            message: problem,
            path: ['steps', index, 'branches', b, 'goTo'],
          })
      })
    })
  })

export type StepByStep = z.output<typeof stepByStepSchema>

/**
 * Why a branch from step `from` to step `goTo` cannot be followed, or undefined when it can:
 * a branch must lead to another step of the same process.
 */
export function branchProblem(goTo: number, from: number, stepCount: number): string | undefined {
  if (!Number.isInteger(goTo) || goTo < 1 || goTo > stepCount)
    return `Step ${from} goes to step ${goTo}, but there are only ${stepCount} steps.`
  if (goTo === from) return `Step ${from} goes to itself: choose another step.`
  return undefined
}

export const pageBlockSchema = z.discriminatedUnion('blockType', [
  rightsPassageSchema,
  stepByStepSchema,
])

export type PageBlock = z.output<typeof pageBlockSchema>
