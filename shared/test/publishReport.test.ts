import { describe, expect, it } from 'vitest'

import {
  formatPublishReport,
  parsePublishReport,
  type PublishReport,
} from '../src/publishReport.js'

describe('the publish report', () => {
  const published: PublishReport = {
    action: 'publish',
    ok: true,
    release: '20261125-120000-000',
    previous: null,
    pages: 1234,
    listingPages: 300,
    seconds: 61.5,
  }

  it('reads back what the writer wrote, field for field', () => {
    expect(parsePublishReport(formatPublishReport(published))).toEqual(published)
  })

  it('writes the fields in the order given, as indented JSON with a final newline', () => {
    const text = formatPublishReport({ ok: false, action: 'rollback', reason: 'No previous.' })
    expect(text).toBe('{\n  "ok": false,\n  "action": "rollback",\n  "reason": "No previous."\n}\n')
  })

  it('refuses to write a report the reader would not accept', () => {
    expect(() => formatPublishReport({ ...published, pages: -1 } as PublishReport)).toThrow()
  })

  it('reads a file that is not a report as no report', () => {
    expect(parsePublishReport('not json')).toBeUndefined()
    expect(parsePublishReport('{"ok": "yes"}')).toBeUndefined()
    expect(parsePublishReport('{"ok": true}')).toBeUndefined()
  })
})
