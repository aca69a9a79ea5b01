/**
 * Validates Open Referral feed documents against the official Open Referral UK 3.0 JSON Schemas
 * (copied in test/fixtures/openreferral-uk, see its README), with ajv. The schemas use
 * keywords of their own (`constraints`, `datapackage_metadata`…), so ajv runs non-strict: it
 * ignores unknown keywords and checks the JSON Schema ones (types, required, enum, formats).
 * Used by the unit and integration tests and by the browser test of the built feed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsPlugin from 'ajv-formats'

const fixtures = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/openreferral-uk',
)
const readSchema = (file: string) =>
  JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as Record<string, unknown>

/** The schema of each list entry and each full document, by endpoint (the OpenAPI's choice). */
const ENDPOINT_SCHEMAS = {
  services: { item: 'compiled/service_list.json', document: 'compiled/service.json' },
  service_at_locations: {
    item: 'compiled/service_at_location_list.json',
    document: 'compiled/service_at_location.json',
  },
  organizations: {
    item: 'compiled/organization_list.json',
    document: 'compiled/organization.json',
  },
  taxonomies: { item: 'taxonomy.json', document: 'taxonomy.json' },
  taxonomy_terms: { item: 'taxonomy_term.json', document: 'taxonomy_term.json' },
} as const

export type UkProfileEndpoint = keyof typeof ENDPOINT_SCHEMAS
export const UK_PROFILE_ENDPOINTS = Object.keys(ENDPOINT_SCHEMAS) as UkProfileEndpoint[]

function createAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true })
  // ajv-formats is CommonJS: its default export is the plugin under `default` when bundled.
  const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin })
    .default ?? addFormatsPlugin) as typeof addFormatsPlugin
  addFormats(ajv)
  // taxonomy.json refers to its terms as "taxonomy_term.json".
  ajv.addSchema(readSchema('taxonomy_term.json'), 'taxonomy_term.json')
  return ajv
}

export interface UkProfileValidator {
  /** Problems of one document (empty when it is valid), each naming where and what. */
  root(document: unknown): string[]
  page(endpoint: UkProfileEndpoint, document: unknown): string[]
  document(endpoint: UkProfileEndpoint, document: unknown): string[]
  /** A feed file by its path (`openreferral/services/page/1.json`, `…/{id}.json`, `index.json`). */
  file(filePath: string, document: unknown): string[]
}

export function ukProfileValidator(): UkProfileValidator {
  const ajv = createAjv()
  const openapi = readSchema('openapi.json') as {
    components: { schemas: { Page: Record<string, unknown> } }
    paths: Record<string, { get: { responses: Record<string, unknown> } }>
  }
  const rootResponse = openapi.paths['/']!.get.responses['200'] as {
    content: { 'application/json': { schema: Record<string, unknown> } }
  }
  const pageSchema = {
    ...openapi.components.schemas.Page,
    // Every page field is required of a page (the API reference's list header).
    required: [
      'total_items',
      'total_pages',
      'page_number',
      'size',
      'first_page',
      'last_page',
      'empty',
      'contents',
    ],
  }
  const rootSchema = {
    ...rootResponse.content['application/json'].schema,
    required: ['version', 'profile', 'openapi_url'],
  }
  const compiled = new Map<string, ValidateFunction>()
  const validatorOf = (file: string) => {
    let validate = compiled.get(file)
    if (!validate) {
      validate =
        file === 'taxonomy_term.json'
          ? ajv.getSchema('taxonomy_term.json')!
          : ajv.compile(readSchema(file))
      compiled.set(file, validate)
    }
    return validate
  }
  const validatePage = ajv.compile(pageSchema)
  const validateRoot = ajv.compile(rootSchema)

  const problems = (validate: ValidateFunction, document: unknown, where: string) =>
    validate(document)
      ? []
      : (validate.errors ?? []).map(
          (error) => `${where}${error.instancePath || '/'}: ${error.message ?? error.keyword}`,
        )

  const api: UkProfileValidator = {
    root: (document) => problems(validateRoot, document, 'GET /'),
    page(endpoint, document) {
      const found = problems(validatePage, document, `${endpoint} page`)
      const contents = (document as { contents?: unknown[] }).contents ?? []
      const item = validatorOf(ENDPOINT_SCHEMAS[endpoint].item)
      contents.forEach((entry, index) =>
        found.push(...problems(item, entry, `${endpoint} page contents/${index}`)),
      )
      return found
    },
    document: (endpoint, document) =>
      problems(validatorOf(ENDPOINT_SCHEMAS[endpoint].document), document, `${endpoint}/{id}`),
    file(filePath, document) {
      const match = filePath.match(
        /(?:^|\/)openreferral\/(?:(index)\.(?:json|html)|([a-z_]+)\/(page\/)?[^/]+\.json)$/,
      )
      if (!match) return [`${filePath}: not a file of the feed`]
      if (match[1]) return api.root(document)
      const endpoint = match[2] as UkProfileEndpoint
      if (!(endpoint in ENDPOINT_SCHEMAS)) return [`${filePath}: unknown endpoint ${endpoint}`]
      return (match[3] ? api.page(endpoint, document) : api.document(endpoint, document)).map(
        (problem) => `${filePath}: ${problem}`,
      )
    },
  }
  return api
}
