import Color from 'colorjs.io'

/** The header's text is white on the brand colour (site/src/styles/_local.scss, `.lo-header`). */
export const TEXT_ON_BRAND = '#ffffff'

/** WCAG 2.2 success criterion 1.4.3 (Contrast, minimum), level AA, for normal-size text. */
export const MINIMUM_CONTRAST = 4.5

const HEX = /^#[0-9a-f]{6}$/i

/** The WCAG 2.x contrast ratio of white text on a colour, as colorjs.io measures it. */
export function contrastWithText(colour: string): number {
  return new Color(colour).contrast(new Color(TEXT_ON_BRAND), 'WCAG21')
}

/**
 * The brand colour is the header's background, so white text on it must meet WCAG AA. The
 * message says what to change: darker, and by how much the ratio falls short.
 */
export function validateBrandColour(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '')
    return 'Enter the brand colour as a six-digit hex code, like #005a70'
  if (!HEX.test(value.trim()))
    return `"${value}" is not a six-digit hex colour. Enter one like #005a70 (a # and six characters 0–9 or a–f).`
  const ratio = contrastWithText(value.trim())
  if (ratio < MINIMUM_CONTRAST)
    return (
      `White text on ${value.trim()} has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs at least ` +
      `${MINIMUM_CONTRAST}:1. Choose a darker colour (for example #005a70), so the header stays readable.`
    )
  return true
}
