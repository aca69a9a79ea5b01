/**
 * Invisible formatting characters in comments (issue 16, item 4).
 *
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what a
 * reader sees ("Trojan Source", CVE-2021-42574): an officer could read one thing in the admin and
 * publish another. Zero-width characters, word joiners, invisible operators, the byte-order mark
 * and soft hyphens split a word without showing it, so "Ja\u200Bke" would slip past the name
 * detector while still reading "Jake".
 */

/** Characters that are removed from every stored comment and made visible wherever one is shown. */
export const INVISIBLE_FORMATTING =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu

/** Emoji joined by U+200D (👨‍👩‍👧) keep their joiner: it hides nothing there. */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu

/**
 * The text without invisible formatting characters. A zero-width joiner between two emoji is
 * kept. Used on what was written and on the anonymised text before either is stored.
 */
export function removeInvisibleFormatting(text: string): string {
  const keepJoiner = '\u{F0000}'
  return text
    .replace(EMOJI_JOINER, keepJoiner)
    .replace(INVISIBLE_FORMATTING, '')
    .replaceAll(keepJoiner, '\u200D')
}

/**
 * The text with each invisible formatting character shown as its code point, "[U+202E]", so a
 * reader sees it is there (the CSV export, and anything stored before they were removed).
 */
export function showInvisibleFormatting(text: string): string {
  return text.replace(
    INVISIBLE_FORMATTING,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  )
}
