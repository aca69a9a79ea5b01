import { describe, expect, it, vi } from 'vitest'

import { asksNotToBeTracked, reportSearchMiss } from '../src/components/search/searchMissBeacon'

const URL = 'https://cms.example/api/search-misses/record'

const browser = (signals: { doNotTrack?: string | null; globalPrivacyControl?: boolean } = {}) => ({
  ...signals,
  sendBeacon: vi.fn(() => true),
})

describe('the search-miss beacon', () => {
  it('sends the words and the language once, as text', () => {
    const b = browser()
    expect(reportSearchMiss('  hydrotherapy ', 'pl', b, URL)).toBe(true)
    expect(b.sendBeacon).toHaveBeenCalledWith(URL, '{"q":"hydrotherapy","locale":"pl"}')
    expect(reportSearchMiss('hydrotherapy', 'pl', b, URL)).toBe(false)
    expect(b.sendBeacon).toHaveBeenCalledTimes(1)
  })

  it('sends nothing under Do Not Track or Global Privacy Control', () => {
    for (const signals of [{ doNotTrack: '1' }, { globalPrivacyControl: true }]) {
      const b = browser(signals)
      expect(asksNotToBeTracked(signals)).toBe(true)
      expect(reportSearchMiss('sensory room', 'en', b, URL)).toBe(false)
      expect(b.sendBeacon).not.toHaveBeenCalled()
    }
    expect(asksNotToBeTracked({ doNotTrack: '0', globalPrivacyControl: false })).toBe(false)
  })

  it('sends nothing for an empty search or when the site was built without the address', () => {
    const b = browser()
    expect(reportSearchMiss('   ', 'en', b, URL)).toBe(false)
    expect(reportSearchMiss('swimming', 'en', b, '')).toBe(false)
    expect(reportSearchMiss('swimming', 'en', b, null)).toBe(false)
    expect(b.sendBeacon).not.toHaveBeenCalled()
  })
})
