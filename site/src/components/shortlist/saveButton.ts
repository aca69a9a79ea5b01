/**
 * Shows a listing's "Save to shortlist" and "Print" buttons and makes them work. The button's
 * words say what it will do ("Save…" / "Remove…"), and a status message says what it did.
 */
import { readShortlist, writeShortlist } from './shortlistIds'

export function enhanceSaveButtons(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-shortlist-save]')) {
    const slug = box.dataset.shortlistSave
    const toggle = box.querySelector<HTMLButtonElement>('[data-toggle]')
    const status = box.querySelector<HTMLElement>('[role="status"]')
    if (!slug || !toggle || !status) continue
    const show = () => {
      toggle.textContent = readShortlist().includes(slug)
        ? (box.dataset.remove ?? '')
        : (box.dataset.add ?? '')
    }
    toggle.addEventListener('click', () => {
      const saved = readShortlist()
      const wasSaved = saved.includes(slug)
      writeShortlist(wasSaved ? saved.filter((id) => id !== slug) : [...saved, slug])
      show()
      status.textContent = (wasSaved ? box.dataset.removed : box.dataset.added) ?? ''
    })
    box.querySelector('[data-print]')?.addEventListener('click', () => window.print())
    // Another tab changed the list: keep the button's words true.
    window.addEventListener('storage', show)
    show()
    box.hidden = false
  }
}
