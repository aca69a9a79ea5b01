/**
 * /council.css: the council's brand colour as a custom property the site's stylesheet reads. A
 * file, not an inline style, so the Content-Security-Policy needs no hash that changes with it.
 */
import type { APIRoute } from 'astro'

import { councilStylesheet } from '../lib/council/councilWords'
import { councilSettings } from '../lib/council/councilSettings'

export const GET: APIRoute = async () =>
  new Response(councilStylesheet(await councilSettings()), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  })
