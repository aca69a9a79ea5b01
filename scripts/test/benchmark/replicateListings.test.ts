import { describe, expect, it } from 'vitest'

import { copySql, type Schema } from '../../src/benchmark/replicateListings.js'

/** A listing with a localized array (contacts) and a serial locales table nothing points at. */
const schema: Schema = {
  columns: [
    { table: 'services', column: 'id', type: 'integer' },
    { table: 'services', column: 'slug', type: 'character varying' },
    { table: 'services', column: 'open_referral_id', type: 'character varying' },
    { table: 'services', column: 'organisation_id', type: 'integer' },
    { table: 'services_contacts', column: 'id', type: 'character varying' },
    { table: 'services_contacts', column: '_parent_id', type: 'integer' },
    { table: 'services_contacts_locales', column: 'id', type: 'integer' },
    { table: 'services_contacts_locales', column: '_parent_id', type: 'character varying' },
    { table: 'services_contacts_locales', column: 'role', type: 'character varying' },
    { table: '_services_v', column: 'id', type: 'integer' },
    { table: '_services_v', column: 'parent_id', type: 'integer' },
  ],
  keys: [
    { table: 'services', column: 'organisation_id', references: 'organisations' },
    { table: 'services_contacts', column: '_parent_id', references: 'services' },
    { table: 'services_contacts_locales', column: '_parent_id', references: 'services_contacts' },
    { table: '_services_v', column: 'parent_id', references: 'services' },
  ],
}

describe('copySql', () => {
  const sql = copySql(
    schema,
    new Map([
      ['services', 800],
      ['_services_v', 2400],
    ]),
    2,
  )
  const statements = sql.split('\n')

  it('copies parents before children, in one transaction', () => {
    const inserts = statements.filter((line) => line.startsWith('insert'))
    expect(inserts.map((line) => line.split('"')[1])).toEqual([
      'services',
      '_services_v',
      'services_contacts',
      'services_contacts_locales',
    ])
    expect(statements[0]).toBe('begin;')
    expect(statements.at(-1)).toBe('commit;')
  })

  it('gives copy k new ids clear of the originals, keeps links, and makes slugs unique', () => {
    const services = statements.find((line) => line.startsWith('insert into "services" '))
    expect(services).toContain('"id" + 1602') // 2 × (800 + 1)
    expect(services).toContain(`"slug" || '-2'`)
    // Open Referral ids are UUIDs the API checks: a new one, from the MD5 of the old and the copy.
    expect(services).toContain(`substr(md5("open_referral_id" || '-2'), 1, 8) || '-'`)
    expect(services).toContain('"organisation_id" from') // not a copied table: unchanged
    expect(services).toContain('where id <= 800')
    const contacts = statements.find((line) => line.startsWith('insert into "services_contacts" '))
    expect(contacts).toContain(`"id" || '~2'`)
    expect(contacts).toContain('"_parent_id" + 1602')
    expect(contacts).toContain(`where id not like '%~%'`)
    const locales = statements.find((line) =>
      line.startsWith('insert into "services_contacts_locales" '),
    )
    // Its serial id is left to the sequence; its parent is the copied contact.
    expect(locales).not.toMatch(/\("id"/)
    expect(locales).toContain(`"_parent_id" || '~2'`)
    const versions = statements.find((line) => line.startsWith('insert into "_services_v" '))
    // Nothing points at a version in this schema: its id comes from the sequence.
    expect(versions).toBe(
      'insert into "_services_v" ("parent_id") select "parent_id" + 1602 from "_services_v" where id <= 2400;',
    )
  })

  it('gives a copy’s version array rows the copy’s row ids, which a save of the copy reads back', () => {
    const withVersionArrays: Schema = {
      columns: [
        ...schema.columns,
        { table: '_services_v_version_contacts', column: 'id', type: 'integer' },
        { table: '_services_v_version_contacts', column: '_parent_id', type: 'integer' },
        { table: '_services_v_version_contacts', column: '_uuid', type: 'character varying' },
      ],
      keys: [
        ...schema.keys,
        { table: '_services_v_version_contacts', column: '_parent_id', references: '_services_v' },
      ],
    }
    const versionContacts = copySql(withVersionArrays, new Map([['_services_v', 2400]]), 2)
      .split('\n')
      .find((line) => line.startsWith('insert into "_services_v_version_contacts" '))
    // `_uuid` is the id of the listing's row the version row copies. Left as it was, saving a
    // copy wrote the original listing's contact ids ("Value must be unique").
    expect(versionContacts).toContain(`"_uuid" || '~2'`)
    expect(versionContacts).toContain('"_parent_id" + 4802')
  })

  it('moves the sequences of ids it set past them', () => {
    expect(statements.filter((line) => line.startsWith('select setval'))).toEqual([
      `select setval(pg_get_serial_sequence('"services"', 'id'), (select coalesce(max(id), 1) from "services"));`,
    ])
  })
})
