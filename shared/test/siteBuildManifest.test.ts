import { describe, expect, it } from 'vitest'

import { isFilePath, pageFileFor } from '../src/siteBuildManifest.js'

describe('pageFileFor', () => {
  it("writes a page to its folder's index", () => {
    expect(pageFileFor('/')).toBe('index.html')
    expect(pageFileFor('/pl/services/speech-therapy/')).toBe(
      'pl/services/speech-therapy/index.html',
    )
    expect(pageFileFor('/services/speech-therapy')).toBe('services/speech-therapy/index.html')
  })

  it('writes a file item (an Open Referral record) as it is named', () => {
    expect(pageFileFor('/openreferral/services/42.json')).toBe('openreferral/services/42.json')
    expect(isFilePath('/openreferral/services/42.json')).toBe(true)
    expect(isFilePath('/pl/services/42/')).toBe(false)
    // A listing whose slug has a dot in it is still a page: it ends in a slash.
    expect(isFilePath('/services/st.-mary.s/')).toBe(false)
  })
})
