import { describe, expect, it } from 'vitest'

import {
  describePersonalData,
  findPersonalData,
  redactPersonalData,
  redactionMarkers,
} from '../src/redaction.js'
import { laSchools, redactionCases } from './redactionCases.js'

const redact = (text: string) => redactPersonalData(text, { schoolNames: laSchools }).text

describe('redacting realistic comments', () => {
  it('has at least 40 comments from parents, young people and professionals', () => {
    expect(redactionCases.length).toBeGreaterThanOrEqual(40)
    for (const from of ['parent', 'young person', 'professional'] as const) {
      expect(redactionCases.filter((c) => c.from === from).length).toBeGreaterThanOrEqual(5)
    }
  })

  it.each(redactionCases.map((c) => [c.comment, c] as const))(
    'leaves nothing identifying in %s',
    (_, { comment, gone, kept }) => {
      const redacted = redact(comment)
      for (const personal of gone) {
        expect(redacted.toLowerCase(), `"${personal}" survived in: ${redacted}`).not.toContain(
          personal.toLowerCase(),
        )
      }
      for (const meaning of kept) {
        expect(redacted, `"${meaning}" was lost from: ${redacted}`).toContain(meaning)
      }
    },
  )

  it('changes nothing when run again on its own output', () => {
    for (const { comment } of redactionCases) {
      const once = redact(comment)
      expect(redact(once)).toBe(once)
      expect(findPersonalData(once, { schoolNames: laSchools })).toEqual([])
    }
  })
})

describe('each kind of personal data', () => {
  it.each([
    ['email', 'write to me at jo.bloggs+send@example.org.uk please', '[email]'],
    ['email spelled out', 'jo.bloggs at gmail dot com', '[email]'],
    ['mobile', 'ring 07700 900123 after 3', '[phone]'],
    ['mobile without spaces', 'ring 07700900123 after 3', '[phone]'],
    ['landline', 'call 0121 496 0123 today', '[phone]'],
    ['London number', 'call 020 7946 0000 today', '[phone]'],
    ['international form', 'call +44 (0)7700 900 123 today', '[phone]'],
    ['bracketed area code', 'call (01632) 960001 today', '[phone]'],
    ['0044 prefix', 'call 0044 7700 900123 today', '[phone]'],
    ['postcode', 'we are in SW1A 1AA now', '[postcode]'],
    ['postcode in lower case without a space', 'we are in sw1a1aa now', '[postcode]'],
    ['numbered address', 'send it to 221b Baker Street please', '[address]'],
    ['street someone lives on', 'we live on Brookfield Estate now', '[address]'],
    ['flat in a named building', 'Our address is Flat 5 Rosebank Court now', 'is [address] now'],
    ['date of birth', 'she was born on 3 March 2014 in hospital', '[date of birth]'],
    ['DOB', 'DOB: 03/03/2014', '[date of birth]'],
    ['birth year', 'he was born in 2011', '[date of birth]'],
    ['other full dates', 'the panel met on 14 October 2025', '[date]'],
    ['school from the LA list', 'she goes to eastfield academy', '[school]'],
    ['school from the LA list, short form', "St Anne's Catholic Primary is lovely", '[school]'],
    ['school by pattern', 'he goes to Meadowbank Infant School', '[school]'],
    [
      'school from the LA list, two-word name alone',
      'Little Acorns is lovely',
      '[school] is lovely',
    ],
    ['school by pattern, C of E', "at St Mary's C of E Primary School", '[school]'],
    ['name after a relation', 'my son Jake loves it', '[name]'],
    ['name in brackets after a relation', 'My daughter (Freya) loves it', '([name])'],
    ['name with a title', 'Mrs Patel was kind', '[name]'],
    ['name after "called"', 'a boy called amira', '[name]'],
    ['name in a sign-off', 'Great service. Thanks, Sarah', '[name]'],
  ])('%s', (_, text, marker) => {
    const redacted = redactPersonalData(text, { schoolNames: laSchools }).text
    expect(redacted).toContain(marker)
  })

  it('keeps words that only look like names', () => {
    for (const text of [
      'I am Polish and Deaf and I will call the council in May.',
      'The primary school and the special school were both helpful.',
      'Our SENCO was great. SENDIASS helped too.',
      'I walked 2 miles down the road to the clinic.',
      'It took 20 weeks, not 6, and the annual review was late.',
    ]) {
      expect(redact(text)).toBe(text)
    }
  })

  it('keeps the title with the name it hides and the possessive after it', () => {
    expect(redact("Mrs Patel's class and Jake's bus. My son Jake is 7.")).toBe(
      "[name]'s class and [name]'s bus. My son [name] is 7.",
    )
  })

  it('reports where each match is and what it was', () => {
    const text = 'My son Jake, jake@example.com'
    const matches = findPersonalData(text)
    expect(matches).toEqual([
      { kind: 'name', start: 7, end: 11, text: 'Jake' },
      { kind: 'email', start: 13, end: 29, text: 'jake@example.com' },
    ])
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text)
  })

  it('describes what it found without repeating it', () => {
    const { matches } = redactPersonalData(
      'My son Jake and my daughter Ella, jake@example.com, born 3 March 2014',
    )
    const description = describePersonalData(matches)
    expect(description).toBe('1 email address, 1 date of birth, 2 names')
    expect(description).not.toContain('Jake')
  })

  it('uses the published markers', () => {
    expect(Object.values(redactionMarkers)).toEqual([
      '[email]',
      '[phone]',
      '[postcode]',
      '[address]',
      '[date of birth]',
      '[date]',
      '[school]',
      '[name]',
      // Added for issue 16: numbers that identify a person on their own.
      '[NHS number]',
      '[NI number]',
      '[UPN]',
    ])
  })

  it('leaves empty text empty', () => {
    expect(redactPersonalData('')).toEqual({ text: '', matches: [] })
  })
})
