import { describe, expect, it } from 'vitest'

import {
  isValidNhsNumber,
  isValidUpn,
  redactPersonalData,
  removeInvisibleFormatting,
  showInvisibleFormatting,
} from '../src/redaction.js'

const redact = (text: string) => redactPersonalData(text).text

describe('NHS numbers', () => {
  it('checks the Modulus 11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true)
    expect(isValidNhsNumber('9434765918')).toBe(false)
    // Check digit 10 is never issued.
    expect(isValidNhsNumber('1234567890')).toBe(false)
  })

  it.each(['943 476 5919', '9434765919', '943-476-5919', '9434 765 919', '٩٤٣٤٧٦٥٩١٩'])(
    'finds %s in any grouping',
    (number) =>
      expect(redact(`his number is ${number} thanks`)).toBe('his number is [NHS number] thanks'),
  )

  it('leaves other ten-digit numbers alone unless "NHS" is written before them', () => {
    expect(redact('Reference 1234567890 on the letter')).toBe('Reference 1234567890 on the letter')
    expect(redact('NHS no 1234567890')).toBe('NHS no [NHS number]')
  })
})

describe('National Insurance numbers and UPNs', () => {
  it.each(['AB 12 34 56 C', 'ab123456c', 'JH 98 76 54 D'])('finds %s', (number) =>
    expect(redact(`my NINO ${number} ok`)).toContain('[NI number]'),
  )

  it('needs a cue for prefixes HMRC never issues', () => {
    expect(redact('code DF 12 34 56 A')).toBe('code DF 12 34 56 A')
    expect(redact('national insurance DF 12 34 56 A')).toBe('national insurance [NI number]')
  })

  it('checks the UPN check letter', () => {
    expect(isValidUpn('X774000364861')).toBe(true)
    expect(isValidUpn('A774000364861')).toBe(false)
    expect(redact('pupil X774000364861 here')).toBe('pupil [UPN] here')
    expect(redact('code A774000364861 here')).toBe('code A774000364861 here')
    expect(redact('UPN A774000364861 here')).toBe('UPN [UPN] here')
  })
})

describe('hidden characters', () => {
  it('removes bidi overrides and isolates, zero-width characters and soft hyphens', () => {
    const hidden = 'a\u202Eb\u202Ac\u2066d\u2069e\u200Bf\uFEFFg\u00ADh\u2060i\u200Ej'
    expect(removeInvisibleFormatting(hidden)).toBe('abcdefghij')
  })

  it('keeps the joiner inside an emoji sequence', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'
    expect(removeInvisibleFormatting(`thanks ${family}`)).toBe(`thanks ${family}`)
  })

  it('shows them as code points', () => {
    expect(showInvisibleFormatting('evil\u202Etxt.exe')).toBe('evil[U+202E]txt.exe')
  })

  it('finds a name split by a zero-width space, and the anonymised text has none', () => {
    const { text } = redactPersonalData('my son Ja\u200Bke Smi\u00ADth goes \u202Eto school')
    expect(text).toBe('my son [name] goes to school')
  })
})

describe('names and schools in every site language', () => {
  it('keeps a Polish surname whole, with its accented letters', () => {
    expect(redact('Nazywam się Agnieszka Wiśniewska.')).toBe('Nazywam się [name].')
  })

  it('finds the declined forms of a name once it is known', () => {
    expect(redact('Moja córka Zofia ma 10 lat. Zofii nikt nie pomógł.')).toBe(
      'Moja córka [name] ma 10 lat. [name] nikt nie pomógł.',
    )
  })

  it('finds Arabic names after cue words and schools after "مدرسة"', () => {
    expect(redact('ابنتي اسمها ليلى حسن، في مدرسة هوليبروك.')).toBe(
      'ابنتي اسمها [name]، في [school].',
    )
  })

  it('leaves "a special school" in Arabic alone', () => {
    const text = 'انتظرنا سنتين للحصول على مكان في مدرسة خاصة بالاحتياجات الخاصة.'
    expect(redact(text)).toBe(text)
  })

  it('finds English names and schools typed in lower case', () => {
    expect(redact('my son jake goes to riverside primary')).toBe('my son [name] goes to [school]')
  })

  it('finds schools from a loaded list whatever their case and apostrophes', () => {
    expect(
      redactPersonalData('he is at st bartholomews catholic high now', {
        schoolNames: ["St Bartholomew's Catholic High School"],
      }).text,
    ).toBe('he is at [school] now')
  })

  it('finds a first name standing alone after an address', () => {
    expect(redact('We live at 22 Mill Road. Amelia is deaf.')).toBe(
      'We live at [address]. [name] is deaf.',
    )
  })
})
