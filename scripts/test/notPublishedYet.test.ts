import { describe, expect, it } from 'vitest'

import { siteNotPublishedYet } from '../src/site/notPublishedYet'

describe('npm start before the site is published', () => {
  it('says why the site is not published yet and that the CMS keeps running', () => {
    const lines = siteNotPublishedYet(
      'The council settings are not complete: Council name (English).',
      'http://localhost:3000/admin',
    )
    expect(lines[0]).toBe('The public site is not published yet, because the build refused:')
    expect(lines[1]).toContain('Council name (English)')
    expect(lines.join(' ')).toContain('The CMS keeps running at http://localhost:3000/admin')
  })
})
