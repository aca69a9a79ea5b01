import {
  ageGroups,
  ageGroupsForRange,
  areasOfNeed,
  categories,
  labelText,
  listingLocalities,
  type VocabularyItem,
} from '@local-offer/shared'

/** What one published, current listing says about whom and where it serves (see gapListings). */
export interface GapListing {
  category: string
  /** Empty: for every area of need (the listing editor says "Leave empty if it is for all"). */
  areasOfNeed: readonly string[]
  ageRange: { minimum: number; maximum: number }
  /** The localities of its venues (empty: delivered at home or online, so every locality). */
  localities: readonly string[]
}

export const dimensionKeys = ['category', 'need', 'age', 'locality'] as const
export type DimensionKey = (typeof dimensionKeys)[number]

export interface Dimension {
  key: DimensionKey
  /** The dimension's name, as column headings and the filters say it. */
  label: string
  values: readonly { value: string; label: string }[]
  /** The values of this dimension one listing counts under. */
  valuesOf: (listing: GapListing) => readonly string[]
}

const english = (list: readonly VocabularyItem[]) =>
  list.map((item) => ({ value: item.value, label: labelText(item.label) }))

const allNeeds = areasOfNeed.map((need) => need.value)

/**
 * The four ways commissioners look at the Local Offer (issue 15 item 5): the statutory category
 * (SEND Regulations 2014 Schedule 2), the broad area of need (Code of Practice 6.28), the age
 * group families filter by and the locality. A listing counts under every value it serves, in the
 * same way the site's filters find it, so a cell says how many listings a family filtering by
 * those two values would see.
 */
export type Dimensions = Record<DimensionKey, Dimension>

/** `localities`: the council's localities (the `localities` collection), English names, in order. */
export function gapDimensions(localities: readonly { value: string; label: string }[]): Dimensions {
  const keys = localities.map((locality) => locality.value)
  return {
    category: {
      key: 'category',
      label: 'Category',
      values: english(categories),
      valuesOf: (listing) => [listing.category],
    },
    need: {
      key: 'need',
      label: 'Area of need',
      values: english(areasOfNeed),
      valuesOf: (listing) => (listing.areasOfNeed.length > 0 ? listing.areasOfNeed : allNeeds),
    },
    age: {
      key: 'age',
      label: 'Age group',
      values: english(ageGroups),
      valuesOf: (listing) => ageGroupsForRange(listing.ageRange.minimum, listing.ageRange.maximum),
    },
    locality: {
      key: 'locality',
      label: 'Locality',
      values: localities,
      valuesOf: (listing) =>
        listingLocalities(
          listing.localities.map((locality) => ({ locality })),
          keys,
        ),
    },
  }
}

export function isDimensionKey(value: unknown): value is DimensionKey {
  return typeof value === 'string' && (dimensionKeys as readonly string[]).includes(value)
}
