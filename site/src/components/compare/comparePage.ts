/**
 * The compare page in the browser: reads the chosen settings from the address, checks there are
 * 2 to 4 known ones, and shows their answers question by question (each question a heading, each
 * setting's answer under its name: side by side on a wide screen, stacked on a phone). Text goes
 * in with textContent only; a tampered address is reported, never rendered.
 */
import { idsFromSearch } from '../shortlist/shortlistIds'
import type { ComparableSetting, CompareFile } from './compareSettings'

export interface CompareStrings {
  /** With `{{names}}` where the settings' names go. */
  comparing: string
  chooseMore: string
  tooMany: string
  unknown: string
  notAnswered: string
  loadError: string
  print: string
  dataHref: string
  min: number
  max: number
}

export interface CompareChoice {
  settings: ComparableSetting[]
  /** Problems to tell the family about, as keys of CompareStrings. */
  problems: Array<'chooseMore' | 'tooMany' | 'unknown'>
}

/** Which of the requested settings to compare, and what to say about the rest. Pure. */
export function chooseSettings(
  requested: readonly string[],
  known: readonly ComparableSetting[],
  limits: { min: number; max: number },
): CompareChoice {
  const bySlug = new Map(known.map((setting) => [setting.slug, setting]))
  const found = requested.flatMap((slug) => bySlug.get(slug) ?? [])
  const problems: CompareChoice['problems'] = []
  if (found.length < requested.length) problems.push('unknown')
  if (found.length > limits.max) problems.push('tooMany')
  const settings = found.slice(0, limits.max)
  if (settings.length < limits.min) problems.push('chooseMore')
  return { settings: settings.length >= limits.min ? settings : [], problems }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

const langOf = (text: { lang?: string }): Record<string, string> =>
  text.lang ? { lang: text.lang, dir: 'ltr' } : {}

function results(file: CompareFile, settings: ComparableSetting[], strings: CompareStrings) {
  const names = new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction' }).format(
    settings.map((setting) => setting.name.text),
  )
  const print = el(
    'button',
    { type: 'button', class: 'govuk-button govuk-button--secondary lo-no-print' },
    strings.print,
  )
  print.addEventListener('click', () => window.print())
  return [
    el(
      'h2',
      { class: 'govuk-heading-l', id: 'comparing', tabindex: '-1' },
      strings.comparing.replace('{{names}}', names),
    ),
    print,
    ...file.questions.map((question) =>
      el(
        'section',
        { class: 'lo-theme lo-compare__question', 'aria-labelledby': `question-${question.key}` },
        el('h3', { class: 'govuk-heading-m', id: `question-${question.key}` }, question.label),
        el(
          'div',
          { class: `lo-compare__answers lo-compare__answers--${settings.length}` },
          ...settings.map((setting) => {
            const answer = setting.answers[question.key]
            const paragraphs = answer
              ? answer.text
                  .split(/\n+/)
                  .filter(Boolean)
                  .map((line) => el('p', { class: 'govuk-body', ...langOf(answer) }, line))
              : [el('p', { class: 'govuk-body lo-muted' }, strings.notAnswered)]
            return el(
              'div',
              { class: 'lo-compare__answer' },
              el(
                'h4',
                { class: 'govuk-heading-s' },
                el(
                  'a',
                  {
                    class: 'govuk-link',
                    href: `${setting.path}#education-offer`,
                    ...langOf(setting.name),
                  },
                  setting.name.text,
                ),
              ),
              ...paragraphs,
            )
          }),
        ),
      ),
    ),
  ]
}

export function startComparePage(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-compare]')
  if (!box?.dataset.strings) return
  const strings = JSON.parse(box.dataset.strings) as CompareStrings
  const error = box.querySelector<HTMLElement>('[data-error]')!
  const status = box.querySelector<HTMLElement>('[data-status]')!
  const form = box.querySelector<HTMLFormElement>('[data-form]')!
  const requested = idsFromSearch(window.location.search, 20)
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]')]
  for (const input of boxes) input.checked = requested.includes(input.value)

  const showError = (message: string) => {
    error.replaceChildren(el('p', { class: 'govuk-body' }, message))
    error.hidden = false
    error.focus()
  }
  // Choosing fewer than 2 is caught before the page reloads, and said in words.
  form.addEventListener('submit', (event) => {
    const chosen = boxes.filter((input) => input.checked).length
    if (chosen < strings.min || chosen > strings.max) {
      event.preventDefault()
      showError(chosen < strings.min ? strings.chooseMore : strings.tooMany)
    }
  })
  if (requested.length === 0) return

  fetch(strings.dataHref)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`)
      return response.json() as Promise<CompareFile>
    })
    .then((file) => {
      const choice = chooseSettings(requested, file.settings, strings)
      const notes = choice.problems.filter((problem) => problem !== 'chooseMore')
      if (choice.problems.includes('chooseMore')) showError(strings.chooseMore)
      status.textContent = notes.map((problem) => strings[problem]).join(' ')
      if (choice.settings.length === 0) return
      box
        .querySelector('[data-results]')!
        .replaceChildren(...results(file, choice.settings, strings))
    })
    .catch(() => showError(strings.loadError))
}
