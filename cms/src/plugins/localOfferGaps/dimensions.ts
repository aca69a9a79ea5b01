import {
  ageGroups,
  ageGroupsForRange,
  areasOfNeed,
  categories,
  labelText,
  listingLocalities,
  type VocabularyItem,
} from '@local-offer/shared'
import {
  gapDimensionKeys,
  isGapDimensionKey,
  type GapDimensionKey,
} from '@local-offer/shared/gapCounts'

/** What one published, current listing says about whom and where it serves (see gapListings). */
export interface GapListing {
  category: string
  /** Empty: for every area of need (the listing editor says "Leave empty if it is for all"). */
  areasOfNeed: readonly string[]
  ageRange: { minimum: number; maximum: number }
  /** The localities of its venues (empty: delivered at home or online, so every locality). */
  localities: readonly string[]
}

export const dimensionKeys = gapDimensionKeys
export type DimensionKey = GapDimensionKey

/** The dimensions' names, as column headings and the filters say them. */
export const dimensionLabels: Record<DimensionKey, string> = {
  category: 'Category',
  need: 'Area of need',
  age: 'Age group',
  locality: 'Locality',
}

export interface Dimension {
  key: DimensionKey
  /** The dimension's name, as column headings and the filters say it. */
  label: string
  values: readonly { value: string; label: string }[]
  /** The vocabulary the values come from, with their labels in every language it has. */
  vocabulary: readonly VocabularyItem[]
  /** The values of this dimension one listing counts under. */
  valuesOf: (listing: GapListing) => readonly string[]
}

const english = (list: readonly VocabularyItem[]) =>
  list.map((item) => ({ value: item.value, label: labelText(item.label) }))

const allNeeds = areasOfNeed.map((need) => need.value)

export type Dimensions = Record<DimensionKey, Dimension>

/**
 * The four ways commissioners look at the Local Offer (issue 15 item 5): the statutory category
 * (SEND Regulations 2014 Schedule 2), the broad area of need (Code of Practice 6.28), the age
 * group families filter by and the locality. A listing counts under every value it serves, in the
 * same way the site's filters find it, so a cell says how many listings a family filtering by
 * those two values would see.
 *
 * `localities`: the council's localities (the `localities` collection), in order, with their
 * names in every language they have.
 */
export function gapDimensions(localities: readonly VocabularyItem[]): Dimensions {
  const keys = localities.map((locality) => locality.value)
  return {
    category: {
      key: 'category',
      label: dimensionLabels.category,
      values: english(categories),
      vocabulary: categories,
      valuesOf: (listing) => [listing.category],
    },
    need: {
      key: 'need',
      label: dimensionLabels.need,
      values: english(areasOfNeed),
      vocabulary: areasOfNeed,
      valuesOf: (listing) => (listing.areasOfNeed.length > 0 ? listing.areasOfNeed : allNeeds),
    },
    age: {
      key: 'age',
      label: dimensionLabels.age,
      values: english(ageGroups),
      vocabulary: ageGroups,
      valuesOf: (listing) => ageGroupsForRange(listing.ageRange.minimum, listing.ageRange.maximum),
    },
    locality: {
      key: 'locality',
      label: dimensionLabels.locality,
      values: english(localities),
      vocabulary: localities,
      valuesOf: (listing) =>
        listingLocalities(
          listing.localities.map((locality) => ({ locality })),
          keys,
        ),
    },
  }
}

export const isDimensionKey = isGapDimensionKey
