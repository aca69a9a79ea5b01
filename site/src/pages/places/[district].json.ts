import type { APIRoute, GetStaticPaths } from 'astro'
import { getCollection } from 'astro:content'

import { postcodeFilesByDistrict, type PostcodeFile } from '../../lib/places/postcodeFiles'

/** One postcode file per district (see lib/places/postcodeFiles). */
export const getStaticPaths = (async () => {
  const postcodes = (await getCollection('postcodes')).map((entry) => entry.data)
  return [...postcodeFilesByDistrict(postcodes)].map(([district, file]) => ({
    params: { district },
    props: { file },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { file: PostcodeFile }).file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
