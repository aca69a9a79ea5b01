import type { CollectionAfterChangeHook, CollectionConfig, Config, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { sitePublishingPlugin } from '../../src/plugins/sitePublishing'

const ownHook: CollectionAfterChangeHook = ({ doc }) => doc

const baseConfig = (): Config =>
  ({
    collections: [
      { slug: 'pages', fields: [], versions: { drafts: true }, hooks: { afterChange: [ownHook] } },
      { slug: 'organisations', fields: [] },
      { slug: 'users', fields: [] },
    ] satisfies CollectionConfig[],
    globals: [
      { slug: 'council-settings', fields: [] },
      { slug: 'review-settings', fields: [] },
    ] satisfies GlobalConfig[],
    admin: { components: { beforeDashboard: ['/components/Other#Other'] } },
  }) as unknown as Config

const applyPlugin = (config: Config) => {
  const result = sitePublishingPlugin({
    collections: {
      pages: { what: 'Page', titleField: 'title' },
      organisations: { what: 'Organisation', titleField: 'name', newDocumentsShow: false },
    },
    globals: { 'council-settings': { what: 'Council settings' } },
    settings: { debounceSeconds: 7, command: 'true' },
  })(config)
  return result as Config
}

const collection = (config: Config, slug: string) =>
  config.collections?.find((candidate) => candidate.slug === slug)

describe('sitePublishingPlugin', () => {
  it('adds the Site builds collection after the existing ones', () => {
    const config = applyPlugin(baseConfig())
    expect(config.collections?.map(({ slug }) => slug)).toEqual([
      'pages',
      'organisations',
      'users',
      'site-builds',
    ])
  })

  it('appends one afterChange and one afterDelete hook to each watched collection, after its own', () => {
    const config = applyPlugin(baseConfig())
    const pages = collection(config, 'pages')
    expect(pages?.hooks?.afterChange).toHaveLength(2)
    expect(pages?.hooks?.afterChange?.[0]).toBe(ownHook)
    expect(pages?.hooks?.afterDelete).toHaveLength(1)
    const organisations = collection(config, 'organisations')
    expect(organisations?.hooks?.afterChange).toHaveLength(1)
    expect(organisations?.hooks?.afterDelete).toHaveLength(1)
  })

  it('appends an afterChange hook to each watched global, and leaves the others alone', () => {
    const before = baseConfig()
    const config = applyPlugin(before)
    const global = (slug: string) => config.globals?.find((candidate) => candidate.slug === slug)
    expect(global('council-settings')?.hooks?.afterChange).toHaveLength(1)
    expect(global('review-settings')).toBe(before.globals?.[1])
  })

  it('refuses to watch a global that is not in the config', () => {
    expect(() =>
      sitePublishingPlugin({
        collections: {},
        globals: { 'no-such-settings': { what: 'Nothing' } } as never,
      })(baseConfig()),
    ).toThrow(/watches the global "no-such-settings"/)
  })

  it('leaves collections it does not watch alone', () => {
    const before = baseConfig()
    const users = collection(before, 'users')
    expect(collection(applyPlugin(before), 'users')).toBe(users)
  })

  it('puts the build notice first on the dashboard', () => {
    const config = applyPlugin(baseConfig())
    expect(config.admin?.components?.beforeDashboard).toEqual([
      '/plugins/sitePublishing/components/SiteBuildNotice#SiteBuildNotice',
      '/components/Other#Other',
    ])
  })

  it('records its settings, with the ones given over those from the environment, for the runner', () => {
    const config = applyPlugin(baseConfig())
    expect(config.custom?.sitePublishing).toMatchObject({ debounceSeconds: 7, command: 'true' })
    expect(config.custom?.sitePublishing).toHaveProperty('maxWaitSeconds')
  })

  it('refuses to watch a collection that is not in the config, naming it', () => {
    const plugin = sitePublishingPlugin({
      collections: { 'glossary-terms': { what: 'Glossary term', titleField: 'term' } },
    })
    expect(() => plugin(baseConfig())).toThrow(/"glossary-terms", which is not in the config/)
  })
})
