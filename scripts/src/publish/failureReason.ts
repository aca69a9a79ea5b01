import { stripVTControlCharacters } from 'node:util'

/**
 * One plain sentence from a failed command's output: the error a build printed, without its
 * timestamps, locations, stack trace and colours.
 */
const LOG_LINE = /^\s*(\d\d:\d\d:\d\d|\[(site|pagefind)\]\s*\d\d:\d\d:\d\d)/
const DETAIL = /^\s*(Location:|Stack trace:|at |Hint:|Error reference:)/
const HEADER = /failed \((exit \d+|SIG[A-Z]+)\):$/
/** What Node prints after an uncaught error: its properties, braces and its own version. */
const NODE_TRAILER = /^\s*([{}[\]],?|Node\.js v\d+.*|node:internal\/\S+)\s*$|^\s{2,}[a-z]\w*: .*,?$/
/** A line that states an error (`Error: …`, `TypeError: …`, `[ERROR] …`). */
const ERROR_STATEMENT = /(^|[\s\]])([A-Z][A-Za-z]*)?Error( \[[A-Z_]+\])?: |\[ERROR\]/

export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = stripVTControlCharacters(message)
    .split('\n')
    .map((line) => line.replace(/^\[(site|pagefind)\] /, ''))
    // An error a tool logged keeps its text, without the time.
    .map((line) => (line.includes('[ERROR]') ? line.replace(LOG_LINE, '') : line))
  const says = (line: string) =>
    line.trim() !== '' &&
    !LOG_LINE.test(line) &&
    !HEADER.test(line.trim()) &&
    !DETAIL.test(line) &&
    !NODE_TRAILER.test(line)
  const firstDetail = lines.findIndex((line) => DETAIL.test(line))
  const before = (firstDetail === -1 ? lines : lines.slice(0, firstDetail)).filter(says)
  const statement = (candidates: string[]) =>
    candidates.findLast((line) => ERROR_STATEMENT.test(line)) ?? candidates.at(-1)
  // The error stated just before its details; else, when the output starts inside a stack
  // trace, the error stated anywhere in it.
  const reason = statement(before) ?? statement(lines.filter(says))
  return reason?.trim() || 'The build failed.'
}
