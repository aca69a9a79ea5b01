import { isLocaleCode } from '@local-offer/shared'
import type { Endpoint, PayloadRequest } from 'payload'

import { doNotCache } from '../../endpoints/doNotCache'
import { badRequest, conflict, tooLarge } from '../../endpoints/httpErrors'
import { jsonBody } from '../../endpoints/requestInput'
import { requireStaff } from '../../endpoints/requireUser'
import { MAX_FILE_CHARACTERS, templateCsv, toCsv } from './csvFile'
import { applyImport, exportCsvRows, planImport } from './spreadsheetImport'
import { withCouncilVocabularies } from '../../collections/vocabularies/vocabularyContext'

/** The work, with the council's vocabularies (the sub-category, language and feature columns). */
const inVocabularies = <T>(req: PayloadRequest, work: () => T | Promise<T>): Promise<T> =>
  withCouncilVocabularies(req.payload, work)
import { spreadsheetStrings as s } from './strings'

const staffOnly = (req: PayloadRequest) =>
  requireStaff(req, { notSignedIn: s.notSignedIn, notStaff: s.notStaff })

const csvDownload = (csv: string, filename: string) =>
  new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  })

/** The CSV text of a preview or import request body: { csv: "…", token?: "…" }. */
async function csvOf(req: PayloadRequest): Promise<{ csv: string; token: string }> {
  const body = await jsonBody(req)
  const { csv, token } = body
  if (typeof csv !== 'string' || csv.trim() === '') throw badRequest(s.noFile)
  if (csv.length > MAX_FILE_CHARACTERS) throw tooLarge(s.tooLarge('5 MB'))
  return { csv, token: typeof token === 'string' ? token : '' }
}

/**
 * Staff only, under /api/services/spreadsheet (docs/spreadsheets.md):
 * GET  /export?locale=en|pl|ar  every listing's latest version, one row each, as CSV
 * GET  /template                the header row and a row explaining each column
 * POST /preview  { csv }        what importing the file would do, row by row; writes nothing
 * POST /import   { csv, token } does what the preview with that token said (409 if anything changed)
 */
export const spreadsheetEndpoints: Endpoint[] = [
  {
    path: '/spreadsheet/export',
    method: 'get',
    handler: async (req) => {
      doNotCache(req)
      const user = staffOnly(req)
      const locale = req.searchParams.get('locale') || 'en'
      if (!isLocaleCode(locale)) throw badRequest(s.badLocale)
      const rows = await inVocabularies(req, () =>
        exportCsvRows({ payload: req.payload, user }, locale),
      )
      const day = new Date().toISOString().slice(0, 10)
      return csvDownload(toCsv(rows), `listings-${locale}-${day}.csv`)
    },
  },
  {
    path: '/spreadsheet/template',
    method: 'get',
    handler: async (req) => {
      doNotCache(req)
      staffOnly(req)
      return csvDownload(await inVocabularies(req, templateCsv), 'listings-template.csv')
    },
  },
  {
    path: '/spreadsheet/preview',
    method: 'post',
    handler: async (req) => {
      doNotCache(req)
      const user = staffOnly(req)
      const { csv } = await csvOf(req)
      const { preview } = await inVocabularies(req, () =>
        planImport({ payload: req.payload, user }, csv),
      )
      return Response.json(preview, { status: preview.ok ? 200 : 400 })
    },
  },
  {
    path: '/spreadsheet/import',
    method: 'post',
    handler: async (req) => {
      doNotCache(req)
      const user = staffOnly(req)
      const { csv, token } = await csvOf(req)
      const { preview, stale } = await inVocabularies(req, () =>
        applyImport({ payload: req.payload, user }, csv, token),
      )
      if (stale) throw conflict(s.changedSincePreview)
      return Response.json(preview, { status: preview.ok ? 200 : 400 })
    },
  },
]
