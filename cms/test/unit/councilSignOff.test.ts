import { describe, expect, it } from 'vitest'

import { signOffLines } from '../../src/email/councilSignOff'

describe('how the CMS’s e-mails end', () => {
  it('names the council’s Local Offer team and how to reach the SEND team', () => {
    expect(
      signOffLines({
        shortName: 'Anytown',
        contact: { email: 'send@anytown.example.gov.uk', phone: '0121 496 0000' },
      }),
    ).toEqual([
      '',
      'Thank you,',
      'The Anytown Local Offer team',
      'send@anytown.example.gov.uk · 0121 496 0000',
    ])
  })

  it('says only "The Local Offer team" before the council has filled in its settings', () => {
    expect(signOffLines({ shortName: null, contact: null })).toEqual([
      '',
      'Thank you,',
      'The Local Offer team',
    ])
  })
})
