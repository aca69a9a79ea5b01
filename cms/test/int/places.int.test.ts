import { createLocalReq, type CollectionBeforeChangeHook } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { withSharedReads } from '../../src/db/sharedReads'
import {
  NOT_PLACED_WARNING,
  placeVenues,
  sharePostcodePlaces,
  venuePostcodes,
} from '../../src/places/placeVenues'
import { validService } from '../helpers/fixtures'
import { useTestWorld } from '../helpers/useTestWorld'

/** Issue 11 item 1: venues are placed from the postcode table when a listing is saved. */
const ctx = useTestWorld()

/** A postcode in the postcode table, as the ONS Postcode Directory import stores one. */
const storePostcode = (postcode: string, latitude: number, longitude: number) =>
  ctx.t.payload.create({
    collection: 'postcodes',
    data: { postcode, district: postcode.split(' ')[0]!, latitude, longitude, source: 'ons' },
  })

describe('placing venues from their postcode', () => {
  it('fills latitude and longitude from the postcode table, whatever was sent', async () => {
    await storePostcode('WB3 9ZZ', 51.461234, -0.183456)
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
    await storePostcode('WB9 9QQ', 51.4, -0.2)
    const again = await ctx.t.payload.update({
      collection: 'services',
      id: saved.id,
      data: { summary: 'Updated summary for the drop-in sessions.' },
    })
    expect(again.locations?.[0]?.latitude).toBe(51.4)
    expect(again.locations?.[0]?.placeWarning ?? null).toBeNull()
  })

  it('reads the postcode table once for a whole bulk batch, placing each venue as a save would', async () => {
    await storePostcode('WB4 1AA', 51.45, -0.17)
    const venue = (postcode: string) => ({ locations: [{ addressLine1: '1 High St', postcode }] })
    const batch = [venue('wb4 1aa'), venue('WB4 1AA'), venue('WB8 8XX')]
    const req = await createLocalReq({}, ctx.t.payload)
    const find = vi.spyOn(ctx.t.payload, 'find')
    try {
      const placed = await withSharedReads(req, async () => {
        await sharePostcodePlaces(
          req,
          batch.flatMap((data) => venuePostcodes(data)),
        )
        expect(find).toHaveBeenCalledTimes(1)
        const hook = placeVenues as CollectionBeforeChangeHook
        const results = []
        for (const data of batch) {
          results.push(
            await hook({
              data,
              req,
              operation: 'create',
              collection: ctx.t.payload.collections.services.config,
              context: {},
              originalDoc: undefined,
            }),
          )
        }
        return results
      })
      // Nothing more was read: every listing's venues were placed from the batch's one read.
      expect(find).toHaveBeenCalledTimes(1)
      const [first, second, unknown] = placed.map((data) => data.locations[0])
      expect(first).toMatchObject({ latitude: 51.45, longitude: -0.17, placeWarning: null })
      expect(second).toMatchObject({ latitude: 51.45, longitude: -0.17, placeWarning: null })
      expect(unknown).toMatchObject({
        latitude: null,
        longitude: null,
        placeWarning: NOT_PLACED_WARNING,
      })

      // Outside a bulk load nothing is shared: each save reads the table, so it sees new postcodes.
      find.mockClear()
      await sharePostcodePlaces(req, ['WB4 1AA'])
      expect(find).not.toHaveBeenCalled()
    } finally {
      find.mockRestore()
    }
  })
})
