/**
 * The routes of the live Open Referral UK API under `/api/openreferral` (docs/open-referral.md):
 * `GET /`, each list endpoint with its parameters, and each record by id. Read-only, public
 * (no key), any origin; every refusal is JSON saying what is wrong.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { isUuid } from '@local-offer/shared/openReferral'

import { OpenReferralApiError, errorAnswer, jsonAnswer, notFound } from './apiErrors'
import {
  LIST_PARAMETERS,
  SERVICE_PARAMETERS,
  TAXONOMY_TERM_PARAMETERS,
  readParameters,
} from './queryParameters'
import * as resources from './resources'

export const OPEN_REFERRAL_API_PATH = '/openreferral'

type ListEndpoint = (payload: PayloadRequest['payload'], parameters: Map<string, string>) => unknown
type RecordEndpoint = (payload: PayloadRequest['payload'], id: string) => unknown

const LISTS: Record<
  string,
  { parameters: readonly string[]; page: ListEndpoint; record: RecordEndpoint }
> = {
  services: {
    parameters: SERVICE_PARAMETERS,
    page: resources.servicesPage,
    record: resources.service,
  },
  service_at_locations: {
    parameters: LIST_PARAMETERS,
    page: resources.serviceAtLocationsPage,
    record: resources.serviceAtLocation,
  },
  organizations: {
    parameters: LIST_PARAMETERS,
    page: resources.organizationsPage,
    record: resources.organization,
  },
  taxonomies: {
    parameters: LIST_PARAMETERS,
    page: (_payload, parameters) => resources.taxonomiesPage(parameters),
    record: (_payload, id) => resources.taxonomy(id),
  },
  taxonomy_terms: {
    parameters: TAXONOMY_TERM_PARAMETERS,
    page: resources.taxonomyTermsPage,
    record: resources.taxonomyTerm,
  },
}

const ENDPOINT_NAMES = Object.keys(LISTS).join(', ')

function listOf(name: string | undefined) {
  const list = name === undefined ? undefined : LISTS[name]
  if (!list) {
    throw notFound(`There is no endpoint "${name ?? ''}": the endpoints are ${ENDPOINT_NAMES}.`)
  }
  return list
}

const searchParams = (req: PayloadRequest) =>
  new URL(req.url ?? '', 'http://localhost').searchParams

/** Runs a route, answering its refusals as JSON (anything else is the CMS's own 500). */
function route(answer: (req: PayloadRequest) => unknown): Endpoint['handler'] {
  return async (req) => {
    try {
      return jsonAnswer(await answer(req))
    } catch (error) {
      if (error instanceof OpenReferralApiError) return errorAnswer(error)
      throw error
    }
  }
}

const param = (req: PayloadRequest, name: string) => {
  const value = req.routeParams?.[name]
  return typeof value === 'string' ? value : undefined
}

export const openReferralApiEndpoints: Endpoint[] = [
  {
    path: OPEN_REFERRAL_API_PATH,
    method: 'get',
    handler: route((req) => {
      readParameters(searchParams(req), [])
      return resources.root()
    }),
  },
  {
    path: `${OPEN_REFERRAL_API_PATH}/:endpoint`,
    method: 'get',
    handler: route((req) => {
      const list = listOf(param(req, 'endpoint'))
      return list.page(req.payload, readParameters(searchParams(req), list.parameters))
    }),
  },
  {
    path: `${OPEN_REFERRAL_API_PATH}/:endpoint/:id`,
    method: 'get',
    handler: route((req) => {
      const list = listOf(param(req, 'endpoint'))
      readParameters(searchParams(req), [])
      const id = param(req, 'id') ?? ''
      if (!isUuid(id)) throw notFound(`There is no record with the id "${id}": ids are UUIDs.`)
      return list.record(req.payload, id.toLowerCase())
    }),
  },
]
