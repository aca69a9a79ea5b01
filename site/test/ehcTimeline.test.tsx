// @vitest-environment happy-dom
/**
 * The EHC timeline island on its own: as the server renders it (what a reader without JavaScript
 * gets), and in the browser as a family types their dates.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import EhcTimeline from '../src/components/ehcTimeline/EhcTimeline'
import { timelineLabels } from '../src/components/ehcTimeline/timelineLabels'
import { useTranslations } from '../src/i18n'

const props = (locale: 'en' | 'pl' | 'ar', formattingTag = locale === 'en' ? 'en-GB' : locale) => ({
  labels: timelineLabels(useTranslations(locale)),
  formattingTag,
  passedHref: '#if-a-date-passes',
  exceptionsHref: '#when-the-council-may-take-longer',
})

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}

describe('without JavaScript (the server render)', () => {
  it('shows every step counted in weeks, with its law, and no date fields', () => {
    const html = renderToString(<EhcTimeline {...props('en')} />)
    expect(html).toContain('6 weeks after the council receives your request')
    expect(html).toContain('16 weeks after the council receives your request')
    expect(html).toContain('20 weeks after the council receives your request')
    expect(html).toContain('At least 15 days, starting on the day you receive the draft plan')
    expect(html).toContain(
      '2 months after the decision letter, or 1 month after your mediation certificate',
    )
    expect(html).toContain('SEND Regulations 2014, reg 13(2)')
    expect(html).toContain('turn on JavaScript')
    expect(html).not.toContain('<input')
    expect(html).not.toContain('<button')
  })

  it('counts the weeks in Polish and Arabic plural forms', () => {
    const polish = renderToString(<EhcTimeline {...props('pl')} />)
    expect(polish).toContain('6 tygodni od otrzymania wniosku')
    expect(polish).toContain('2 miesiące od pisma z decyzją')
    const arabic = renderToString(<EhcTimeline {...props('ar')} />)
    expect(arabic).toContain('6 أسابيع')
    expect(arabic).toContain('20 أسبوعًا')
    expect(arabic).toContain('شهران')
  })
})

describe('in the browser', () => {
  let container: HTMLDivElement
  let root: Root

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-04-01T09:00:00Z'))
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
  })

  afterEach(() => {
    act(() => root.unmount())
    container.remove()
    vi.useRealTimers()
  })

  const show = (locale: 'en' | 'pl' | 'ar') =>
    act(() => root.render(<EhcTimeline {...props(locale)} />))
  const field = (name: string) =>
    container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!
  function type(name: string, value: string) {
    const input = field(name)
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    act(() => {
      setValue.call(input, value)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
  }
  const stepText = (id: string) =>
    container.querySelector(`[data-step="${id}"]`)?.textContent?.replace(/\s+/g, ' ') ?? ''

  it('asks for the request date once the script runs, and then shows each deadline as a date', () => {
    show('en')
    expect(container.textContent).not.toContain('turn on JavaScript')
    expect(field('requestDate').labels?.[0]?.textContent).toBe(
      'Date the council received your request',
    )
    type('requestDate', '2026-01-12')
    expect(stepText('decisionToAssess')).toMatch(/By Monday,? 23 February 2026/)
    expect(stepText('noPlanNotice')).toMatch(/By Monday,? 4 May 2026/)
    expect(stepText('finalPlan')).toMatch(/By Monday,? 1 June 2026/)
    // Intl writes "Monday 1 June" or "Monday, 1 June" depending on the ICU version.
    expect(container.querySelector('[aria-live]')?.textContent).toMatch(
      /^Dates worked out\. The final plan is due by Monday,? 1 June 2026\.$/,
    )
  })

  it('says in words which dates have passed and links to what to do', () => {
    show('en')
    type('requestDate', '2026-01-12')
    expect(stepText('decisionToAssess')).toContain('This date has passed.')
    expect(
      container.querySelector('[data-step="decisionToAssess"] a[href="#if-a-date-passes"]'),
    ).not.toBeNull()
    expect(stepText('finalPlan')).not.toContain('This date has passed.')
  })

  it('adds the draft plan and the appeal when their dates are given', () => {
    show('en')
    type('requestDate', '2026-01-12')
    expect(container.querySelector('[data-step="appeal"]')).toBeNull()
    type('draftPlanDate', '2026-04-20')
    type('decisionDate', '2026-02-20')
    type('mediationCertificateDate', '2026-04-01')
    expect(stepText('draftPlanComments')).toMatch(/By Monday,? 4 May 2026/)
    expect(stepText('appeal')).toMatch(/By Friday,? 1 May 2026/)
    expect(stepText('appeal')).toContain('counted from your mediation certificate')
  })

  it('explains a date that comes before the request beside its field', () => {
    show('en')
    type('requestDate', '2026-03-01')
    type('draftPlanDate', '2026-02-01')
    const input = field('draftPlanDate')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1]!)
    expect(error?.textContent).toBe(
      'This date must be the same as or after the date of your request.',
    )
    expect(container.querySelector('[data-step="decisionToAssess"]')?.textContent).not.toContain(
      'By ',
    )
  })

  it('writes the dates in Polish and in Arabic', () => {
    show('pl')
    type('requestDate', '2026-01-12')
    // "Do" (by) would need the weekday in the genitive ("do poniedziałku"); Intl gives the
    // nominative, so the Polish says "Termin:" (deadline) before the date instead.
    expect(stepText('finalPlan')).toContain('Termin: poniedziałek, 1 czerwca 2026')
    act(() => root.render(<EhcTimeline {...props('ar')} />))
    expect(stepText('finalPlan')).toContain('يونيو')
  })

  it('keeps what was typed on the page: nothing stored, nothing fetched', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    show('en')
    type('requestDate', '2026-01-12')
    type('decisionDate', '2026-02-20')
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(window.localStorage.length).toBe(0)
    expect(window.sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
    fetchSpy.mockRestore()
  })
})
