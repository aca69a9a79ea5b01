import slugifyText from 'slugify'

/**
 * A URL slug from a name: "Speech & Language Therapy (0–5)" → "speech-and-language-therapy-0-5".
 * In a module of its own because the slugify package is CommonJS, which bundlers keep whole
 * wherever its module is imported: beside the validators it went into the search page's
 * island (~4 KB gzip) without ever being called there.
 */
export function slugify(text: string): string {
  return slugifyText(text, { lower: true, strict: true, locale: 'en', trim: true })
}
