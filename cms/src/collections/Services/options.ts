import {
  accessRoutes,
  areasOfNeed,
  categories,
  costTypes,
  localities,
  serviceLanguages,
  venueFeatures,
  weekdays,
} from '@local-offer/shared'

/** Select options built from the shared taxonomy, with English labels for the admin. */
const toOptions = (items: readonly { value: string; label: { en: string } | string }[]) =>
  items.map((item) => ({
    value: item.value,
    label: typeof item.label === 'string' ? item.label : item.label.en,
  }))

export const categoryOptions = toOptions(categories)

export const subCategoryOptions = categories.flatMap((category) =>
  category.subCategories.map((sub) => ({
    value: sub.value,
    label: `${category.label.en} › ${sub.label.en}`,
  })),
)

export const areaOfNeedOptions = toOptions(areasOfNeed)
export const accessRouteOptions = toOptions(accessRoutes)
export const costTypeOptions = toOptions(costTypes)
export const weekdayOptions = toOptions(weekdays)
export const localityOptions = toOptions(localities)
export const languageOptions = toOptions(serviceLanguages)

export const venueFeatureOptions = toOptions(venueFeatures)
