/**
 * Checks a built site before it may go live: the home page in every language, the 404 page, a
 * Pagefind index per language, one page per published listing per language, every internal link
 * and asset in every HTML page resolves to a file, and any Open Referral export parses.
 * Reads each file once and checks links against an in-memory list of files, so it stays fast for
 * tens of thousands of pages.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { fdir } from 'fdir'
import { Parser } from 'htmlparser2'

export interface VerifyExpectations {
  /** Locale codes; the first is the default, served at the root. */
  localeCodes: readonly string[]
  /** How many listings the CMS publishes: any of these counts is accepted (read before and after the build). */
  publishedListings: readonly number[]
  /** Where the site is published: absolute links to it are checked like relative ones. */
  siteUrl: string
  /**
   * Report broken links on a listing's or information page's own pages as `itemProblems` instead
   * of failing the whole build (the publish command then holds those documents back).
   */
  perItem?: boolean
  /**
   * Documents held back from this build that have no earlier page to keep: links to their pages
   * are not counted as broken (another listing may name one; the link works once it is fixed).
   */
  absent?: readonly ItemRef[]
  /**
   * Pages an incremental build reused, unchanged, from the release in `from`, which passed these
   * checks. They are counted but not read again while every file that release had (its search
   * index and hashed assets aside, made anew by each build) is still in this build, so each of
   * their links still resolves; once something is gone (a withdrawn listing another links to),
   * every page is read.
   */
  reused?: { from: string; pages: ReadonlySet<string> }
}

/** A page that shows one CMS document: a listing or an information page. */
export interface ItemRef {
  collection: 'services' | 'pages'
  slug: string
}

/** What is wrong with one document's pages (in any language). */
export interface ItemProblem {
  item: ItemRef
  /** One plain sentence, e.g. "Its page links to /services/nowhere/, which is not on the site." */
  reason: string
}

export interface VerifyReport {
  pages: number
  listingPages: number
  linksChecked: number
  openReferralFiles: number
  /** Why the reused pages were read again after all (files of their release are gone). */
  reusedReadBecause?: string
  /**
   * Problems confined to one document's own pages (only when `perItem` is set): the build is
   * otherwise sound, and the publish command may hold those documents back.
   */
  itemProblems: ItemProblem[]
}

export class VerificationError extends Error {
  override name = 'VerificationError'
}

/** The attributes whose values are addresses of pages or files in the build. */
const LINK_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  // Astro's island scripts
  'component-url',
  'renderer-url',
  'before-hydration-url',
])
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const MAX_REPORTED = 5

/**
 * Every file in the folder, relative, with `/` between names. fdir reads folders side by side: a
 * release at 10,000 listings has 60,000 folders, which Node's recursive readdir reads one after
 * another (3.7-10.7 s against fdir's 0.6-0.8 s, measured on the benchmark's release).
 */
export async function listFiles(dir: string): Promise<Set<string>> {
  const files = await new fdir().withRelativePaths().crawl(dir).withPromise()
  return new Set(path.sep === '/' ? files : files.map((file) => file.split(path.sep).join('/')))
}

/** The URLs in one attribute value (srcset holds several, each with a size). */
function urlsIn(attribute: string, value: string): string[] {
  const trimmed = value.trim()
  if (attribute !== 'srcset') return [trimmed]
  return trimmed
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
}

/**
 * The file a link on `page` (a path like "services/x/index.html") points at, as a path in the
 * build, or null if it leaves the site (another host, mailto:, a fragment on the same page…).
 */
export function linkedPath(page: string, link: string, site: URL): string | null {
  if (!link || link.startsWith('#')) return null
  let url: URL
  const pageUrl = new URL(`/${page}`, site)
  try {
    if (SCHEME.test(link) || link.startsWith('//')) {
      url = new URL(link, pageUrl)
      if (url.origin !== site.origin) return null
    } else {
      url = new URL(link, pageUrl)
    }
  } catch {
    return `(unparseable link) ${link}`
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    pathname = url.pathname
  }
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`
  if (!pathname.startsWith(base)) return null
  return pathname.slice(base.length)
}

/**
 * The addresses a page refers to, read from its elements' attributes by an HTML parser (which
 * also decodes character references). Never from text: a listing that shows HTML as words
 * ("write <img src=photo.jpg> in the page", escaped on the page) has no link in it.
 */
export function linksIn(html: string): string[] {
  const links: string[] = []
  const parser = new Parser(
    {
      onattribute(name, value) {
        if (LINK_ATTRIBUTES.has(name)) links.push(...urlsIn(name, value))
      },
    },
    { lowerCaseAttributeNames: true, decodeEntities: true },
  )
  parser.end(html)
  return links
}

export function resolves(target: string, files: Set<string>): boolean {
  if (target === '' || target.endsWith('/')) return files.has(`${target}index.html`)
  return files.has(target) || files.has(`${target}/index.html`)
}

async function mapInBatches<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}

/** The document a page shows, if it is a listing or an information page (in any language). */
export function itemOfPage(page: string, localeCodes: readonly string[]): ItemRef | null {
  const others = localeCodes.slice(1).join('|')
  const match = new RegExp(`^(?:(?:${others})/)?(services|information)/([^/]+)/index\\.html$`).exec(
    page,
  )
  if (!match) return null
  return { collection: match[1] === 'services' ? 'services' : 'pages', slug: match[2] as string }
}

/** The pages of one document in every language, as paths in the build. */
export function itemPagePaths(item: ItemRef, localeCodes: readonly string[]): string[] {
  const folder = item.collection === 'services' ? 'services' : 'information'
  // A listing's "Report a problem" page is its own too: held back or kept with it.
  const pages = item.collection === 'services' ? ['', 'report-a-problem/'] : ['']
  return pages.flatMap((page) =>
    localeCodes.map(
      (code, i) => `${i === 0 ? '' : `${code}/`}${folder}/${item.slug}/${page}index.html`,
    ),
  )
}

const itemKey = (item: ItemRef) => `${item.collection}/${item.slug}`

function listingPagePattern(localeCodes: readonly string[]): RegExp {
  const others = localeCodes.slice(1).join('|')
  return new RegExp(`^(?:(?:${others})/)?services/[^/]+/index\\.html$`)
}

/** Checks only a build's search index (one made after its pages were checked). */
export async function verifySearchIndex(
  dir: string,
  localeCodes: readonly string[],
): Promise<void> {
  const problems: string[] = []
  await checkPagefind(dir, localeCodes, problems)
  if (problems.length > 0) {
    throw new VerificationError(`The search index failed its checks: ${problems.join(' ')}`)
  }
}

async function checkPagefind(dir: string, localeCodes: readonly string[], problems: string[]) {
  let entry: { languages?: Record<string, { page_count?: number }> }
  try {
    entry = JSON.parse(await readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'))
  } catch {
    problems.push('The search index (pagefind/pagefind-entry.json) is missing or unreadable.')
    return
  }
  const languages = Object.entries(entry.languages ?? {})
  for (const code of localeCodes) {
    const found = languages.find(([key]) => key === code || key.startsWith(`${code}-`))
    if (!found || !found[1].page_count) {
      problems.push(`The search index has no pages in the "${code}" language.`)
    }
  }
}

/**
 * Every Open Referral file must parse as JSON. A record's file an incremental build reused
 * (`trusted`) is the same file, linked, that passed this check in the release it came from.
 */
async function checkOpenReferral(
  dir: string,
  files: Set<string>,
  trusted: ReadonlySet<string>,
  problems: string[],
) {
  const jsonFiles = [...files].filter(
    (file) => file.startsWith('openreferral/') && file.endsWith('.json'),
  )
  const broken: string[] = []
  await mapInBatches(
    jsonFiles.filter((file) => !trusted.has(file)),
    16,
    async (file) => {
      try {
        JSON.parse(await readFile(path.join(dir, file), 'utf8'))
      } catch {
        broken.push(file)
      }
    },
  )
  if (broken.length > 0) {
    problems.push(
      `${broken.length} Open Referral file(s) are not valid JSON, e.g. ${broken.slice(0, MAX_REPORTED).join(', ')}.`,
    )
  }
  return jsonFiles.length
}

/** The reused pages that need not be read again (see VerifyExpectations.reused). */
async function trustedReusedPages(
  reused: VerifyExpectations['reused'],
  files: ReadonlySet<string>,
): Promise<{ trusted: ReadonlySet<string>; reusedReadBecause?: string }> {
  if (!reused) return { trusted: new Set() }
  const gone = [...(await listFiles(reused.from))].filter(
    (file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/') && !files.has(file),
  )
  if (gone.length === 0) return { trusted: reused.pages }
  return {
    trusted: new Set(),
    reusedReadBecause: `${gone.length} file(s) of the release they came from are not in this build (e.g. ${gone[0]})`,
  }
}

export async function verifyRelease(
  dir: string,
  expectations: VerifyExpectations,
): Promise<VerifyReport> {
  const { localeCodes } = expectations
  const site = new URL(
    expectations.siteUrl.endsWith('/') ? expectations.siteUrl : `${expectations.siteUrl}/`,
  )
  const files = await listFiles(dir)
  const problems: string[] = []

  const homePages = localeCodes.map((code, i) => (i === 0 ? 'index.html' : `${code}/index.html`))
  for (const required of [...homePages, '404.html']) {
    if (!files.has(required)) problems.push(`The page ${required} is missing.`)
  }

  await checkPagefind(dir, localeCodes, problems)

  const pages = [...files].filter((file) => file.endsWith('.html'))
  const listingPattern = listingPagePattern(localeCodes)
  const listingPages = pages.filter((page) => listingPattern.test(page)).length
  const expected = expectations.publishedListings.map((n) => n * localeCodes.length)
  if (!expected.includes(listingPages)) {
    const listings = expectations.publishedListings.join(' or ')
    problems.push(
      `The build has ${listingPages} listing pages, but the CMS publishes ${listings} listings in ${localeCodes.length} languages (${expected.join(' or ')} pages).`,
    )
  }

  const broken: string[] = []
  let brokenCount = 0
  let linksChecked = 0
  const absentPages = new Set(
    (expectations.absent ?? []).flatMap((item) => itemPagePaths(item, localeCodes)),
  )
  const itemBroken = new Map<string, { item: ItemRef; links: Set<string> }>()
  const { trusted, reusedReadBecause } = await trustedReusedPages(expectations.reused, files)
  const toRead = pages.filter((page) => !trusted.has(page))
  await mapInBatches(toRead, 32, async (page) => {
    const html = await readFile(path.join(dir, page), 'utf8')
    const item = expectations.perItem ? itemOfPage(page, localeCodes) : null
    for (const link of linksIn(html)) {
      const target = linkedPath(page, link, site)
      if (target === null) continue
      linksChecked++
      if (resolves(target, files)) continue
      if (absentPages.has(target) || absentPages.has(`${target}index.html`)) continue
      if (item) {
        const entry = itemBroken.get(itemKey(item)) ?? { item, links: new Set<string>() }
        entry.links.add(link)
        itemBroken.set(itemKey(item), entry)
        continue
      }
      brokenCount++
      if (broken.length < MAX_REPORTED) broken.push(`${page} links to ${link}`)
    }
  })
  if (brokenCount > 0) {
    problems.push(
      `${brokenCount} link(s) or file(s) the pages refer to do not exist in the build: ${broken.join('; ')}${brokenCount > broken.length ? '; …' : ''}.`,
    )
  }
  const itemProblems: ItemProblem[] = [...itemBroken.values()].map(({ item, links }) => {
    const shown = [...links].slice(0, MAX_REPORTED)
    return {
      item,
      reason: `Its page links to ${shown.join(', ')}${links.size > shown.length ? ' and more' : ''}, which ${links.size === 1 ? 'is' : 'are'} not on the site. Correct or remove the link${links.size === 1 ? '' : 's'}.`,
    }
  })

  const openReferralFiles = await checkOpenReferral(dir, files, trusted, problems)

  if (problems.length > 0) {
    throw new VerificationError(`The build failed its checks: ${problems.join(' ')}`)
  }
  return {
    pages: pages.length,
    listingPages,
    linksChecked,
    openReferralFiles,
    ...(reusedReadBecause ? { reusedReadBecause } : {}),
    itemProblems,
  }
}
