import {
  accessRoutes,
  areasOfNeed,
  categories,
  costTypes,
  englishOptions,
  onlineLinkPurposes,
  weekdays,
} from '@local-offer/shared'

/**
 * Select options built from the fixed vocabularies in shared/, with English labels for the admin.
 * Sub-categories, languages and venue features are data (the Vocabularies collections).
 */
export const categoryOptions = englishOptions(categories)

export const areaOfNeedOptions = englishOptions(areasOfNeed)
export const accessRouteOptions = englishOptions(accessRoutes)
export const costTypeOptions = englishOptions(costTypes)
export const weekdayOptions = englishOptions(weekdays)

export const onlineLinkPurposeOptions = englishOptions(onlineLinkPurposes)
