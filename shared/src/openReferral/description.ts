/**
 * One Open Referral `description` carries the listing's summary, its description and the
 * Schedule 2 texts that have no field of their own in Open Referral UK 3.0 (how to complain,
 * the SEN information report and the school or college offer), as Markdown-style sections:
 *
 *   <summary>
 *
 *   <description>
 *
 *   ## How to complain or appeal
 *
 *   <text>
 *
 * parseServiceDescription reads it back. A description from another publisher, without these
 * headings, is the summary (its first paragraph) and the description (the rest).
 */
import { educationOfferQuestions } from '../service.js'
import { splitBlocks } from './plainText.js'

export const DESCRIPTION_SECTIONS = [
  { key: 'howToComplain', heading: 'How to complain or appeal' },
  { key: 'senInformationReportUrl', heading: 'SEN information report' },
  ...educationOfferQuestions.map(({ key, label }) => ({ key, heading: label })),
] as const

export type DescriptionSectionKey = (typeof DESCRIPTION_SECTIONS)[number]['key']

export interface ServiceDescriptionParts {
  summary: string
  description: string
  sections: Partial<Record<DescriptionSectionKey, string>>
}

/** The summary on one line: a blank line inside it would split it on the way back. */
const oneParagraph = (text: string) => splitBlocks(text).join(' ')

export function composeServiceDescription(parts: ServiceDescriptionParts): string {
  const blocks = [oneParagraph(parts.summary), ...splitBlocks(parts.description)]
  for (const { key, heading } of DESCRIPTION_SECTIONS) {
    const text = parts.sections[key]
    if (text?.trim()) blocks.push(`## ${heading}`, ...splitBlocks(text))
  }
  return blocks.filter(Boolean).join('\n\n')
}

export function parseServiceDescription(text: string): ServiceDescriptionParts {
  const blocks = splitBlocks(text)
  const headingKey = (block: string) =>
    DESCRIPTION_SECTIONS.find(({ heading }) => block === `## ${heading}`)?.key
  const firstSection = blocks.findIndex((block) => headingKey(block) !== undefined)
  const body = firstSection === -1 ? blocks : blocks.slice(0, firstSection)
  const sections: ServiceDescriptionParts['sections'] = {}
  let current: DescriptionSectionKey | undefined
  for (const block of firstSection === -1 ? [] : blocks.slice(firstSection)) {
    const key = headingKey(block)
    if (key) {
      current = key
      continue
    }
    if (current) sections[current] = sections[current] ? `${sections[current]}\n\n${block}` : block
  }
  return {
    summary: body[0] ?? '',
    description: body.slice(1).join('\n\n'),
    sections,
  }
}

const REFERRAL_FORM_PREFIX = 'Referral form: '

/** How to access a service, with the referral form's address as its last line when there is one. */
export function composeApplicationProcess(howToAccess: string, referralUrl?: string): string {
  const blocks = splitBlocks(howToAccess)
  if (referralUrl) blocks.push(`${REFERRAL_FORM_PREFIX}${referralUrl}`)
  return blocks.join('\n\n')
}

export function parseApplicationProcess(text: string): {
  howToAccess: string
  referralUrl?: string
} {
  const blocks = splitBlocks(text)
  const last = blocks.at(-1)
  if (last?.startsWith(REFERRAL_FORM_PREFIX) && !last.includes('\n')) {
    const url = last.slice(REFERRAL_FORM_PREFIX.length).trim()
    if (/^https?:\/\/\S+$/.test(url)) {
      return { howToAccess: blocks.slice(0, -1).join('\n\n'), referralUrl: url }
    }
  }
  return { howToAccess: blocks.join('\n\n') }
}
