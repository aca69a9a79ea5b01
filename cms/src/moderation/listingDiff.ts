import { diffWords } from 'diff'
import type { Field } from 'payload'
import { formatInEngland } from '../format/formatInEngland'

/** One run of text in a field's diff. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** A field whose text differs between the published listing and the submitted draft. */
export interface FieldChange {
  label: string
  parts: DiffPart[]
}

/** Fields that describe the listing's review and moderation, not its content. */
const NOT_CONTENT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'moderation',
  'moderationComment',
  'reviewStatus',
  'lastReviewed',
])

type Doc = Record<string, unknown>

const humanise = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const labelOf = (field: { name: string; label?: unknown }) =>
  typeof field.label === 'string' ? field.label : humanise(field.name)

/** The text of a Lexical rich-text value, one line per block. */
export function richTextToPlain(value: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return
    const { type, text, children } = node as { type?: string; text?: unknown; children?: unknown }
    if (typeof text === 'string') line.push(text)
    if (Array.isArray(children)) {
      const isBlock = type !== 'root' && type !== 'link' && type !== 'text'
      const target = isBlock && type !== 'listitem' ? [] : line
      for (const child of children) walk(child, target)
      if (isBlock && type !== 'listitem' && target.length) lines.push(target.join(''))
      if (type === 'listitem') line.push('\n')
    }
  }
  const root = (value as { root?: unknown } | null)?.root
  walk(root, [])
  return lines.join('\n').trim()
}

function optionLabel(field: Field, value: unknown): string {
  const options = 'options' in field && Array.isArray(field.options) ? field.options : []
  const found = options.find((o) => (typeof o === 'string' ? o : o.value) === value)
  if (!found) return String(value)
  return typeof found === 'string'
    ? found
    : typeof found.label === 'string'
      ? found.label
      : found.value
}

/**
 * The English labels of the vocabularies' terms by listing field (`subCategories`, `languages`,
 * `venueFeatures`: keys stored as text), so the diff names "Speech and language therapy", not
 * its key. Without them, keys are shown.
 */
export type TermLabels = Partial<Record<string, ReadonlyMap<string, string>>>

function scalarText(field: Field, value: unknown, termLabels: TermLabels = {}): string {
  if (value === null || value === undefined || value === '') return ''
  const terms = 'name' in field ? termLabels[field.name] : undefined
  if (terms && Array.isArray(value)) {
    return value.map((key) => terms.get(String(key)) ?? String(key)).join(', ')
  }
  switch (field.type) {
    case 'select':
    case 'radio':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v)).join(', ')
    case 'checkbox':
      return value ? 'Yes' : 'No'
    case 'richText':
      return richTextToPlain(value)
    case 'date':
      return formatInEngland(String(value), 'd MMMM yyyy')
    case 'relationship':
    case 'upload': {
      const one = (v: unknown) =>
        v && typeof v === 'object'
          ? String((v as Doc).name ?? (v as Doc).title ?? (v as Doc).email ?? (v as Doc).id)
          : String(v)
      return (Array.isArray(value) ? value : [value]).map(one).join(', ')
    }
    default:
      return Array.isArray(value) ? value.join(', ') : String(value)
  }
}

/**
 * The listing as an ordered list of (label, text) pairs, one per leaf field, in the order the
 * edit form shows them: "Access › How to access or refer", "Contacts 2 › Phone", …
 */
export function flattenForDiff(
  fields: Field[],
  doc: Doc | null,
  prefix = '',
  termLabels: TermLabels = {},
): [string, string][] {
  const out: [string, string][] = []
  const data = doc ?? {}
  for (const field of fields) {
    // A join lists other documents that point here (the staff's internal notes): not part of
    // what the provider submitted, and its value is a page of documents, not text.
    if (field.type === 'ui' || field.type === 'join') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const nested = 'name' in tab && tab.name ? ((data[tab.name] as Doc) ?? null) : data
        const tabPrefix =
          'name' in tab && tab.name ? `${prefix}${labelOf(tab as { name: string })} › ` : prefix
        out.push(...flattenForDiff(tab.fields, nested, tabPrefix, termLabels))
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...flattenForDiff(field.fields, data, prefix, termLabels))
      continue
    }
    if (!('name' in field) || NOT_CONTENT.has(field.name)) continue
    const label = `${prefix}${labelOf(field)}`
    const value = data[field.name]
    if (field.type === 'group') {
      out.push(...flattenForDiff(field.fields, (value as Doc) ?? null, `${label} › `, termLabels))
      continue
    }
    if (field.type === 'array') {
      const rows = Array.isArray(value) ? (value as Doc[]) : []
      rows.forEach((row, i) =>
        out.push(...flattenForDiff(field.fields, row, `${label} ${i + 1} › `, termLabels)),
      )
      continue
    }
    if (field.type === 'blocks') continue
    out.push([label, scalarText(field, value, termLabels)])
  }
  return out
}

/**
 * A field-by-field, word-by-word diff of a submitted draft against the published listing
 * (null for a listing never published: everything is added). Unchanged fields are left out.
 */
export function diffListing(
  fields: Field[],
  published: Doc | null,
  draft: Doc,
  termLabels: TermLabels = {},
): FieldChange[] {
  const before = new Map(flattenForDiff(fields, published, '', termLabels))
  const after = flattenForDiff(fields, draft, '', termLabels)
  const labels = [...after.map(([label]) => label)]
  for (const label of before.keys()) if (!labels.includes(label)) labels.push(label)
  const afterMap = new Map(after)
  const changes: FieldChange[] = []
  for (const label of labels) {
    const old = before.get(label) ?? ''
    const next = afterMap.get(label) ?? ''
    if (old === next) continue
    const parts = diffWords(old, next).map((change): DiffPart => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }))
    changes.push({ label, parts })
  }
  return changes
}
