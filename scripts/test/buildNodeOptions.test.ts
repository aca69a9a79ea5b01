import { describe, expect, it } from 'vitest'

import { BUILD_SEMI_SPACE_MB, buildNodeOptions } from '../src/site/buildNodeOptions.js'

describe('the site build’s NODE_OPTIONS', () => {
  const option = `--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`

  it('gives the build a larger young generation', () => {
    expect(buildNodeOptions(undefined)).toBe(option)
    expect(buildNodeOptions('')).toBe(option)
  })

  it('keeps the options the build would have had', () => {
    expect(buildNodeOptions('--no-deprecation')).toBe(`--no-deprecation ${option}`)
  })

  it('keeps an operator’s own size', () => {
    expect(buildNodeOptions('--max-semi-space-size=16')).toBe('--max-semi-space-size=16')
    expect(buildNodeOptions('--no-deprecation --max-semi-space-size 32')).toBe(
      '--no-deprecation --max-semi-space-size 32',
    )
  })
})
