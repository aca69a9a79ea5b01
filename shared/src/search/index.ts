// Search vocabularies and rules the site builds its index with (issue 11 items 4 and 5). The
// spelling module is left out: the search page loads it on its own, only when a search finds
// nothing (import `@local-offer/shared/spelling`).
export * from './extraWords.js'
export * from './openingTimes.js'
export * from './synonyms.js'
export * from './vocabulary.js'
