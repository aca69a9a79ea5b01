import { describe, expect, it } from 'vitest'

import {
  contrastWithText,
  validateBrandColour,
} from '../../src/globals/CouncilSettings/brandColour'

describe('the brand colour (white header text on it must meet WCAG AA, 4.5:1)', () => {
  it('accepts dark colours with enough contrast', () => {
    expect(validateBrandColour('#005a70')).toBe(true)
    expect(validateBrandColour('#1D4F91')).toBe(true)
    expect(validateBrandColour('#000000')).toBe(true)
  })

  it('measures contrast as WCAG 2 does', () => {
    expect(contrastWithText('#000000')).toBeCloseTo(21, 1)
    expect(contrastWithText('#ffffff')).toBeCloseTo(1, 5)
    // #767676 is the well-known lightest grey that passes on white.
    expect(contrastWithText('#767676')).toBeCloseTo(4.54, 2)
  })

  it('refuses a colour too light for white text, saying the ratio and what to change', () => {
    const message = validateBrandColour('#ffdd00')
    expect(message).toMatch(/White text on #ffdd00 has a contrast of 1\.\d\d:1/)
    expect(message).toMatch(/at least 4\.5:1/)
    expect(message).toMatch(/Choose a darker colour/)
    // Just below the line is refused too.
    expect(validateBrandColour('#808080')).toMatch(/3\.95:1/)
  })

  it('refuses what is not a six-digit hex colour, with an example', () => {
    expect(validateBrandColour('teal')).toMatch(/not a six-digit hex colour.*#005a70/)
    expect(validateBrandColour('#05a')).toMatch(/not a six-digit hex colour/)
    expect(validateBrandColour('')).toMatch(/Enter the brand colour/)
  })
})
