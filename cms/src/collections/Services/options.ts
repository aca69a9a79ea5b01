import {
  accessRoutes,
  areasOfNeed,
  categories,
  costTypes,
  localities,
  serviceLanguages,
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

export const venueFeatureOptions = [
  { value: 'step-free', label: 'Step-free access' },
  { value: 'accessible-toilet', label: 'Accessible toilet' },
  { value: 'changing-places', label: 'Changing Places toilet' },
  { value: 'hearing-loop', label: 'Hearing loop' },
  { value: 'accessible-parking', label: 'Accessible parking' },
  { value: 'quiet-space', label: 'Quiet or sensory space' },
  { value: 'lift', label: 'Lift to all floors' },
]
