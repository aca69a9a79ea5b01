/**
 * Turns each glossary term link into a disclosure: a button (the term's words, still described
 * as "what this means") that shows or hides the meaning right after it, with the glossary link at
 * the end of the meaning. A native button, so keyboard and screen readers work without extra code.
 */
export function openMeaningsInPlace(root: Document): void {
  const store = root.querySelector<HTMLElement>('[data-glossary-meanings]')
  if (!store) return
  const more = store.dataset.more ?? '{{term}}'
  const meanings = new Map(
    [...store.querySelectorAll<HTMLElement>('[data-href]')].map((item) => [
      item.dataset.href,
      item,
    ]),
  )
  let count = 0
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.glossary-link')) {
    const meaning = meanings.get(link.getAttribute('href') ?? '')
    if (!meaning) continue
    count += 1
    const id = `meaning-${count}`
    const button = root.createElement('button')
    button.type = 'button'
    button.className = 'lo-term'
    button.setAttribute('aria-expanded', 'false')
    button.setAttribute('aria-controls', id)
    const describedBy = link.getAttribute('aria-describedby')
    if (describedBy) button.setAttribute('aria-describedby', describedBy)
    button.textContent = link.textContent
    const box = root.createElement('span')
    box.className = 'lo-term__meaning'
    box.id = id
    box.hidden = true
    const text = root.createElement('span')
    text.textContent = meaning.textContent
    if (meaning.lang) text.lang = meaning.lang
    const glossaryLink = root.createElement('a')
    glossaryLink.className = 'govuk-link'
    glossaryLink.href = link.href
    glossaryLink.textContent = more.replace(
      '{{term}}',
      meaning.dataset.term ?? link.textContent ?? '',
    )
    box.append(text, ' ', glossaryLink)
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true'
      button.setAttribute('aria-expanded', String(open))
      box.hidden = !open
    })
    link.replaceWith(button, box)
  }
}
