import { describe, expect, it } from 'vitest'

import { NOT_PLACED_WARNING } from '../../src/places/placeVenues'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/** Issue 11 item 1: venues are placed from the postcode table when a listing is saved. */
const ctx = useTestWorld()

describe('placing venues from their postcode', () => {
  it('fills latitude and longitude from the postcode table, whatever was sent', async () => {
    await ctx.t.payload.create({
      collection: 'postcodes',
      data: {
        postcode: 'WB3 9ZZ',
        district: 'WB3',
        latitude: 51.461234,
        longitude: -0.183456,
        source: 'ons',
      },
    })
    const saved = await ctx.t.payload.create({
      collection: 'services',
      data: {
        ...validService(ctx.world.orgA.id, {
          locations: [
            {
              addressLine1: '2 Mill Lane',
              town: 'Westbridge',
              postcode: 'wb39zz',
              locality: 'westbridge-central',
              // A provider cannot choose where the venue is: the hook overwrites this.
              latitude: 10,
              longitude: 10,
            },
          ],
        }),
        _status: 'published',
      },
    })
    const [location] = saved.locations ?? []
    expect(location?.postcode).toBe('WB3 9ZZ')
    expect(location?.latitude).toBeCloseTo(51.46123, 5)
    expect(location?.longitude).toBeCloseTo(-0.18346, 5)
    expect(location?.placeWarning ?? null).toBeNull()
  })

  it('saves a listing whose postcode cannot be placed, with a warning for the officer', async () => {
    const saved = await ctx.t.payload.create({
      collection: 'services',
      data: {
        ...validService(ctx.world.orgA.id, {
          locations: [
            {
              addressLine1: '3 Nowhere Road',
              town: 'Westbridge',
              postcode: 'WB9 9QQ',
              locality: 'westbridge-central',
            },
          ],
        }),
        _status: 'published',
      },
    })
    const [location] = saved.locations ?? []
    expect(location?.latitude ?? null).toBeNull()
    expect(location?.longitude ?? null).toBeNull()
    expect(location?.placeWarning).toBe(NOT_PLACED_WARNING)

    // Once the postcode table has it, the next save places the venue and clears the warning.
    await ctx.t.payload.create({
      collection: 'postcodes',
      data: {
        postcode: 'WB9 9QQ',
        district: 'WB9',
        latitude: 51.4,
        longitude: -0.2,
        source: 'ons',
      },
    })
    const again = await ctx.t.payload.update({
      collection: 'services',
      id: saved.id,
      data: { summary: 'Updated summary for the drop-in sessions.' },
    })
    expect(again.locations?.[0]?.latitude).toBe(51.4)
    expect(again.locations?.[0]?.placeWarning ?? null).toBeNull()
  })
})
