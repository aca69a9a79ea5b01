/**
 * The shortlist page in the browser: reads the saved list (or a shared link's), fetches the
 * language's services.json and shows each listing with its contact details, addresses and
 * opening times. Text is put in with textContent only: nothing from the URL or the data is
 * ever parsed as HTML.
 */
import type { ShortlistEntry, ShortlistFile, ShownEntryText } from './shortlistEntries'
import { idsFromSearch, readShortlist, shareSearch, writeShortlist } from './shortlistIds'

export interface ShortlistStrings {
  remove: string
  removed: string
  saved: string
  gone: string
  loadError: string
  emailSubject: string
  linkCopied: string
  phone: string
  email: string
  website: string
  contact: string
  where: string
  when: string
  deliveredAtHome: string
  /** With `{{url}}` where the list's address goes. */
  printedFrom: string
  compareHref: string
  dataHref: string
}

type Child = Node | string | undefined | false

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  for (const child of children) if (child) element.append(child)
  return element
}

/** Text in a span marked with its language when it is English on a page in another language. */
function shown(text: ShownEntryText | undefined): Node | undefined {
  if (!text) return undefined
  return text.lang ? el('span', { lang: text.lang, dir: 'ltr' }, text.text) : new Text(text.text)
}

function factRow(label: string, value: Node): HTMLElement {
  return el('div', {}, el('dt', {}, label), el('dd', {}, value))
}

function link(href: string, text: string, attributes: Record<string, string> = {}) {
  return el('a', { class: 'govuk-link lo-break', href, ...attributes }, text)
}

function entryItem(
  entry: ShortlistEntry,
  strings: ShortlistStrings,
  onRemove: (entry: ShortlistEntry) => void,
): HTMLElement {
  const contacts = entry.contacts.map((contact) => {
    const rows: HTMLElement[] = []
    if (contact.name || contact.role) {
      const who = el('span', {}, contact.name ?? '')
      if (contact.name && contact.role) who.append(', ')
      const role = shown(contact.role)
      if (role) who.append(role)
      rows.push(factRow(strings.contact, who))
    }
    if (contact.phone)
      rows.push(
        factRow(
          strings.phone,
          link(`tel:${contact.phone.replace(/\s+/g, '')}`, contact.phone, { dir: 'ltr' }),
        ),
      )
    if (contact.email)
      rows.push(
        factRow(strings.email, link(`mailto:${contact.email}`, contact.email, { dir: 'ltr' })),
      )
    return el('dl', { class: 'lo-facts' }, ...rows)
  })
  if (entry.website)
    contacts.push(
      el(
        'dl',
        { class: 'lo-facts' },
        factRow(
          strings.website,
          link(entry.website, entry.website.replace(/^https?:\/\//, ''), { dir: 'ltr' }),
        ),
      ),
    )
  const addresses =
    entry.addresses.length > 0
      ? entry.addresses.map((address) => {
          const lines = el('address', { class: 'govuk-body lo-address', dir: 'auto' })
          const name = shown(address.name)
          if (name) lines.append(el('strong', {}, name), el('br'))
          address.lines.forEach((line, index) => {
            if (index > 0) lines.append(el('br'))
            lines.append(line)
          })
          return lines
        })
      : [el('p', { class: 'govuk-body' }, strings.deliveredAtHome)]
  const remove = el(
    'button',
    { type: 'button', class: 'govuk-button govuk-button--warning lo-no-print' },
    strings.remove,
  )
  remove.append(el('span', { class: 'govuk-visually-hidden' }, `: ${entry.name.text}`))
  remove.addEventListener('click', () => onRemove(entry))
  return el(
    'li',
    { class: 'lo-theme lo-shortlist__item', 'data-slug': entry.slug },
    el(
      'h2',
      { class: 'govuk-heading-m' },
      el('a', { class: 'govuk-link', href: entry.path }, shown(entry.name)),
    ),
    el('p', { class: 'govuk-body' }, shown(entry.summary)),
    ...contacts,
    entry.onlineLink &&
      el('p', { class: 'govuk-body' }, link(entry.onlineLink.href, entry.onlineLink.label)),
    el('h3', { class: 'govuk-heading-s' }, strings.where),
    ...addresses,
    entry.openingTimes.length > 0 && el('h3', { class: 'govuk-heading-s' }, strings.when),
    entry.openingTimes.length > 0 &&
      el('ul', { class: 'govuk-list' }, ...entry.openingTimes.map((line) => el('li', {}, line))),
    remove,
  )
}

/** The plain-text list a family sends by e-mail: each name, its page and its phone number. */
export function emailBody(
  entries: readonly ShortlistEntry[],
  origin: string,
  shareUrl: string,
  strings: Pick<ShortlistStrings, 'phone'>,
): string {
  const blocks = entries.map((entry) => {
    const phones = entry.contacts.flatMap((contact) => (contact.phone ? [contact.phone] : []))
    return [
      entry.name.text,
      new URL(entry.path, origin).toString(),
      ...phones.slice(0, 1).map((phone) => `${strings.phone}: ${phone}`),
    ].join('\n')
  })
  return [...blocks, shareUrl].join('\n\n')
}

export function startShortlistPage(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-shortlist]')
  if (!box?.dataset.strings) return
  const strings = JSON.parse(box.dataset.strings) as ShortlistStrings
  const part = <T extends HTMLElement>(name: string) => box.querySelector<T>(`[data-${name}]`) as T
  const status = part('status')
  const list = part('list')
  const shared = idsFromSearch(window.location.search)
  const viewingShared = shared.length > 0
  let ids = viewingShared ? shared : readShortlist()
  let entries: ShortlistEntry[] = []

  const render = () => {
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]))
    const shownEntries = ids.flatMap((id) => bySlug.get(id) ?? [])
    list.replaceChildren(
      ...shownEntries.map((entry) =>
        entryItem(entry, strings, (removed) => {
          ids = ids.filter((id) => id !== removed.slug)
          if (!viewingShared) writeShortlist(ids)
          render()
          status.textContent = strings.removed
          list.querySelector<HTMLElement>('h2 a')?.focus()
        }),
      ),
    )
    part('empty').hidden = shownEntries.length > 0
    part('actions').hidden = shownEntries.length === 0
    const search = shareSearch(shownEntries.map((entry) => entry.slug))
    const shareUrl = new URL(
      `${window.location.pathname}${search}`,
      window.location.href,
    ).toString()
    part<HTMLInputElement>('link').value = shareUrl
    part<HTMLAnchorElement>('email').href =
      `mailto:?subject=${encodeURIComponent(strings.emailSubject)}&body=${encodeURIComponent(
        emailBody(shownEntries, window.location.origin, shareUrl, strings),
      )}`
    const comparable = shownEntries.filter((entry) => entry.comparable).slice(0, 4)
    const compare = part('compare')
    compare.hidden = comparable.length < 2
    compare
      .querySelector('a')
      ?.setAttribute(
        'href',
        `${strings.compareHref}${shareSearch(comparable.map((entry) => entry.slug))}`,
      )
    // The printed page says where the list can be found again.
    const printedFrom = root.querySelector('.lo-print-only')
    if (printedFrom) printedFrom.textContent = strings.printedFrom.replace('{{url}}', shareUrl)
    if (shownEntries.length < ids.length && !status.textContent) status.textContent = strings.gone
  }

  part('shared').hidden = !viewingShared
  part('save-shared').addEventListener('click', () => {
    writeShortlist([...readShortlist(), ...ids])
    status.textContent = strings.saved
  })
  part('print').addEventListener('click', () => window.print())
  part('copy').addEventListener('click', async () => {
    const input = part<HTMLInputElement>('link')
    input.select()
    try {
      await navigator.clipboard.writeText(input.value)
      status.textContent = strings.linkCopied
    } catch {
      // Without clipboard access the link stays selected for the family to copy themselves.
    }
  })

  box.hidden = false
  if (ids.length === 0) {
    render()
    return
  }
  fetch(strings.dataHref)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`)
      return response.json() as Promise<ShortlistFile>
    })
    .then((file) => {
      entries = file.entries
      render()
    })
    .catch(() => {
      status.textContent = strings.loadError
    })
}
