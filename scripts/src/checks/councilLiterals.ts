/**
 * Finding council-specific words in the product's code: the pure part of the
 * no-council-literals check (noCouncilLiterals.ts). The words come from the demo's seed data
 * (scripts/src/seed/data/council.ts), so they are written once.
 */

export interface SourceFile {
  /** The file's path from the repository's root, with forward slashes. */
  path: string
  text: string
}

export interface LiteralFinding {
  path: string
  /** 1-based. */
  line: number
  literal: string
  /** The line's text, trimmed. */
  text: string
}

/** A line the check still allows, until the work it names is done. */
export interface PendingLiteral {
  path: string
  /** The line's text, trimmed, exactly. */
  text: string
  reason: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One pattern for all the words: each as a whole word (not inside a longer word or number), in
 * any case. "Westbridge" is found in "westbridge-central" and "send@westbridge.example", not in
 * "Westbridges"; "WB1" is found in "WB1 2AB", not in "WB12".
 */
export function literalPattern(literals: readonly string[]): RegExp {
  const words = [...new Set(literals.map((literal) => literal.trim()).filter(Boolean))]
  if (words.length === 0) throw new Error('No council-specific words to look for.')
  // Longest first, so a phone number is reported whole rather than by a shorter word in it.
  words.sort((a, b) => b.length - a.length)
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  )
}

/** Every line of every file that has a council-specific word, in file and line order. */
export function findCouncilLiterals(
  files: readonly SourceFile[],
  literals: readonly string[],
): LiteralFinding[] {
  const pattern = literalPattern(literals)
  const findings: LiteralFinding[] = []
  for (const file of files) {
    file.text.split(/\r?\n/).forEach((line, index) => {
      for (const match of line.matchAll(pattern)) {
        findings.push({ path: file.path, line: index + 1, literal: match[0], text: line.trim() })
      }
    })
  }
  return findings
}

export interface CheckResult {
  /** Findings not on the pending list: the check fails if there is any. */
  refused: LiteralFinding[]
  /** Pending entries that no longer match a finding: the list must shrink with the work. */
  stale: PendingLiteral[]
}

export function checkCouncilLiterals(
  findings: readonly LiteralFinding[],
  pending: readonly PendingLiteral[],
): CheckResult {
  const allowed = (finding: LiteralFinding) =>
    pending.some((entry) => entry.path === finding.path && entry.text === finding.text)
  return {
    refused: findings.filter((finding) => !allowed(finding)),
    stale: pending.filter(
      (entry) => !findings.some((f) => f.path === entry.path && f.text === entry.text),
    ),
  }
}

/** The check's report: one line a problem, naming the file and line, and what to do. */
export function describeResult(result: CheckResult): string[] {
  return [
    ...result.refused.map(
      (f) =>
        `${f.path}:${f.line}: "${f.literal}" is the demo council's; take it from the Council settings (or the seed) instead.`,
    ),
    ...result.stale.map(
      (entry) =>
        `${entry.path}: the pending line "${entry.text}" is no longer there; remove it from scripts/src/checks/pendingCouncilLiterals.ts.`,
    ),
  ]
}
