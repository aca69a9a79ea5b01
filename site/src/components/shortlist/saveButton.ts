/**
 * Builds a listing's "Save to shortlist" and "Print" buttons. The button's words say what it
 * will do ("Save…" / "Remove…"), and a status message says what it did. The words come with the
 * script (one copy, cached for every listing) rather than in each listing's HTML, which has a
 * 20 KB budget; they are the `saveButton` strings of the site's locale files.
 */
import { saveButton as ar } from '../../i18n/locales/ar.json'
import { saveButton as en } from '../../i18n/locales/en.json'
import { saveButton as pl } from '../../i18n/locales/pl.json'
import { readShortlist, writeShortlist } from './shortlistIds'

const WORDS: Record<string, typeof en> = { en, pl, ar }

function button(text: string): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.className = 'govuk-button govuk-button--secondary'
  element.textContent = text
  return element
}

export function enhanceSaveButtons(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-shortlist-save]')
  const slug = /\/services\/([^/]+)\/$/.exec(window.location.pathname)?.[1]
  if (!box || !slug) return
  const lang = root.documentElement.lang
  const words = WORDS[lang] ?? en
  const toggle = button(words.add)
  const print = button(words.print)
  const status = root.createElement('span')
  status.setAttribute('role', 'status')
  const view = root.createElement('a')
  view.className = 'govuk-link'
  view.href = lang === 'en' ? '/shortlist/' : `/${lang}/shortlist/`
  view.textContent = words.view
  const line = root.createElement('p')
  line.className = 'govuk-body'
  line.append(status, ' ', view)
  box.append(toggle, print, line)

  const show = () => {
    toggle.textContent = readShortlist().includes(slug) ? words.remove : words.add
  }
  toggle.addEventListener('click', () => {
    const saved = readShortlist()
    const wasSaved = saved.includes(slug)
    writeShortlist(wasSaved ? saved.filter((id) => id !== slug) : [...saved, slug])
    show()
    status.textContent = wasSaved ? words.removed : words.added
  })
  print.addEventListener('click', () => window.print())
  // Another tab changed the list: keep the button's words true.
  window.addEventListener('storage', show)
  show()
  box.hidden = false

  // A printed listing says where it came from (the listing's HTML leaves this line out).
  const canonical = root.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href
  if (canonical && !root.querySelector('.lo-print-only')) {
    const from = root.createElement('p')
    from.className = 'lo-print-only'
    from.textContent = words.printedFrom.replace('{{url}}', canonical)
    root.querySelector('main')?.after(from)
  }
}
