import sharp from 'sharp'

/** Tile colours for demo logos; each has at least 4.5:1 contrast with white text. */
const TILE_COLOURS = [
  '#1d4f91',
  '#00703c',
  '#6f3c97',
  '#a2352f',
  '#005a70',
  '#594d00',
  '#3d3d8f',
  '#7a2e5c',
]

/** The initials of an organisation's name, ignoring small words: "Westbridge Parent Carer Forum" → "WPC". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/[–-].*$/, '')
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word) && !['The', 'Of', 'And'].includes(word))
  return words
    .slice(0, 3)
    .map((word) => word[0])
    .join('')
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A simple square logo (initials on a coloured tile) for a demo organisation, as a PNG, so the
 * demo exercises the image pipeline without shipping anyone's real logo.
 */
export async function demoLogoPng(name: string, index: number): Promise<Buffer> {
  const colour = TILE_COLOURS[index % TILE_COLOURS.length]
  const initials = escapeXml(initialsOf(name))
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
  <rect width="480" height="480" rx="48" fill="${colour}"/>
  <circle cx="240" cy="240" r="170" fill="none" stroke="#ffffff" stroke-width="14" opacity="0.9"/>
  <text x="240" y="240" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif"
    font-weight="700" font-size="${initials.length > 2 ? 118 : 150}" fill="#ffffff">${initials}</text>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
