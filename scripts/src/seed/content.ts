import { council } from './data/council.js'
import { comments, feedbackReports } from './data/feedback.js'
import { glossary } from './data/glossary.js'
import { localities } from './data/localities.js'
import { organisations } from './data/organisations.js'
import { pages } from './data/pages.js'
import { services } from './data/services.js'
import type { SeedContent } from './load.js'

/** The demo Local Offer for the fictional London Borough of Westbridge. */
export const demoContent: SeedContent = {
  council,
  localities,
  organisations,
  services,
  pages,
  glossary,
  comments,
  feedbackReports,
}
