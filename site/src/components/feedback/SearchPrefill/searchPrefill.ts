/**
 * "Couldn't find what you need? Tell us" on the search page opens the comment form with
 * `?search=…`: the search is written into the comment (the family can change or remove it
 * before sending) and the topic set to this website. Nothing is sent until they send the form.
 */
const MAX_SEARCH = 200

export function prefillFromSearch(form: HTMLFormElement, search: string | null): void {
  const text = search?.trim().slice(0, MAX_SEARCH)
  const template = form.dataset.searchPrefill
  const comment = form.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')
  if (!text || !template || !comment || comment.value.trim()) return
  comment.value = template.replace('{{query}}', text)
  const website = form.querySelector<HTMLInputElement>('input[name="topic"][value="website"]')
  if (website) website.checked = true
}
