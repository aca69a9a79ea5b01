import {
  accessRoutes,
  areasOfNeed,
  categories,
  costTypes,
  englishOptions,
  onlineLinkPurposes,
  serviceLanguages,
  venueFeatures,
  weekdays,
} from '@local-offer/shared'

/** Select options built from the shared taxonomy, with English labels for the admin. */
export const categoryOptions = englishOptions(categories)

export const subCategoryOptions = categories.flatMap((category) =>
  category.subCategories.map((sub) => ({
    value: sub.value,
    label: `${category.label.en} › ${sub.label.en}`,
  })),
)

export const areaOfNeedOptions = englishOptions(areasOfNeed)
export const accessRouteOptions = englishOptions(accessRoutes)
export const costTypeOptions = englishOptions(costTypes)
export const weekdayOptions = englishOptions(weekdays)
export const languageOptions = englishOptions(serviceLanguages)

export const venueFeatureOptions = englishOptions(venueFeatures)
export const onlineLinkPurposeOptions = englishOptions(onlineLinkPurposes)
