import { describe, expect, it } from 'vitest'

import {
  checkListing,
  glossaryWords,
  listingText,
} from '../../src/plainEnglish/listingPlainEnglish'
import { plainEnglishStrings } from '../../src/plainEnglish/strings'

const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', text }],
    })),
  },
})

describe('the plain-English check on a listing', () => {
  it('reads the summary and the description, a heading without a full stop as its own sentence', () => {
    expect(
      listingText({
        summary: 'We help with speech.',
        description: richText('Who it is for', 'Children aged 2 to 5.'),
      }),
    ).toBe('We help with speech. Who it is for. Children aged 2 to 5.')
  })

  it('takes every glossary term and alias', () => {
    expect(
      glossaryWords([
        {
          term: 'Education, Health and Care plan',
          aliases: [{ alias: 'EHC plan' }, { alias: 'EHCP' }],
        },
        { term: 'SENCO', aliases: [] },
        { term: null },
      ]),
    ).toEqual(['Education, Health and Care plan', 'EHC plan', 'EHCP', 'SENCO'])
  })

  it('shows the reading age, long sentences, unexplained abbreviations and plainer words as guidance', () => {
    const long =
      'The service will utilise a range of approaches in order to support children and young people who have difficulties with communication, including those awaiting assessment by CAMHS or the SALT team.'
    const { report, rows } = checkListing(
      { summary: 'Support for children with an EHCP.', description: richText(long) },
      ['EHCP'],
    )
    expect(report.glossaryTerms).toEqual(['EHCP'])
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]))
    expect(byLabel['Reading age']?.value).toMatch(
      /^about \d+ years \(Flesch-Kincaid grade \d+\.\d\)\. Above the target\.$/,
    )
    expect(byLabel['Sentences over 25 words']?.items).toEqual([`31 words: “${long}”`])
    expect(byLabel['Abbreviations not in the glossary and not spelled out']?.value).toBe(
      'CAMHS, SALT',
    )
    expect(byLabel['Words with a plainer alternative']?.value).toBe(
      '“utilise” → “use”, “in order to” → “to”',
    )
  })

  it('shows nothing to judge for an empty listing', () => {
    expect(checkListing({ summary: '', description: null }, []).rows).toEqual([])
  })

  it("says '1 sentence' and '2 sentences' in the moderation queue's one-line summary", () => {
    expect(plainEnglishStrings.headline(14, 1, 25)).toBe(
      'Plain English check: reading age 14, 1 sentence over 25 words',
    )
    expect(plainEnglishStrings.headline(9, 2, 25)).toBe(
      'Plain English check: reading age 9, 2 sentences over 25 words',
    )
  })
})
