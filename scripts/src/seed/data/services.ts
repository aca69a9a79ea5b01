import type { SeedService } from '../types.js'
import { adulthoodServices } from './services/adulthood.js'
import { mediationServices, tribunalServices } from './services/disagreement.js'
import { educationServices } from './services/education.js'
import { healthServices } from './services/health.js'
import { informationServices } from './services/information.js'
import { leisureServices } from './services/leisure.js'
import { shortBreaksServices } from './services/shortBreaks.js'
import { socialCareServices } from './services/socialCare.js'
import { transportServices } from './services/transport.js'

/** Every listing in the demo Local Offer, grouped in files by category. */
export const services: SeedService[] = [
  ...educationServices,
  ...healthServices,
  ...socialCareServices,
  ...transportServices,
  ...adulthoodServices,
  ...shortBreaksServices,
  ...informationServices,
  ...leisureServices,
  ...mediationServices,
  ...tribunalServices,
]
