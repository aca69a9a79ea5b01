/**
 * A locality listings use keeps its key and cannot be removed (issue 12 item 2): the listings'
 * venues store the key, and the site's filter addresses and the Open Referral feed are built
 * from it. The refusal names how many listings use it, so the officer knows what to change first.
 */
import { keyInUseHooks } from '../../../hooks/keyInUse'

export const { keepKeyWhileInUse, refuseDeleteWhileInUse } = keyInUseHooks({
  collection: 'localities',
  keyField: 'slug',
  noun: 'locality',
  listingsWhere: (key) => ({ 'locations.locality': { equals: key } }),
  moveFirst:
    'Change the postcode areas so those venues belong to another locality, and save the listings, first.',
})
