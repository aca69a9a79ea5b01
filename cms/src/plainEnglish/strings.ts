/** The plain-English guidance's words in the admin (English: the CMS's working language). */
export const plainEnglishStrings = {
  heading: 'Plain English check',
  intro:
    'Guidance only: it never stops you saving. It reads the English summary and description as a family would.',
  empty: 'Write a summary or description to see the check.',
  readingAge: 'Reading age',
  readingAgeValue: (age: number, grade: number) =>
    `about ${age} years (Flesch-Kincaid grade ${grade.toFixed(1)})`,
  readingAgeAdvice: (target: number) =>
    `Aim for a reading age of ${target} or lower: short sentences and everyday words.`,
  onTarget: 'Within the target.',
  aboveTarget: 'Above the target.',
  longSentences: (limit: number) => `Sentences over ${limit} words`,
  noLongSentences: 'None.',
  /** The moderation queue's one-line summary: "reading age 14, 1 sentence over 25 words". */
  headline: (readingAge: number, longSentences: number, limit: number) =>
    `Plain English check: reading age ${readingAge}, ${longSentences} ${longSentences === 1 ? 'sentence' : 'sentences'} over ${limit} words`,
  glossaryTerms: 'Terms the glossary explains (the site links them)',
  unexplained: 'Abbreviations not in the glossary and not spelled out',
  unexplainedAdvice: 'Write the words out the first time, with the abbreviation in brackets.',
  plainer: 'Words with a plainer alternative',
  none: 'None.',
  words: (words: number, sentences: number) => `${words} words in ${sentences} sentences.`,
}
