/**
 * One plain sentence from a failed command's output: the error a build printed, without its
 * timestamps, locations and stack trace.
 */
const LOG_LINE = /^\s*(\d\d:\d\d:\d\d|\[(site|pagefind)\]\s*\d\d:\d\d:\d\d)/
const DETAIL = /^\s*(Location:|Stack trace:|at |Hint:|Error reference:)/
const HEADER = /failed \((exit \d+|SIG[A-Z]+)\):$/

export function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message
    .split('\n')
    .map((line) => line.replace(/^\[(site|pagefind)\] /, ''))
    // An error a tool logged keeps its text, without the time.
    .map((line) => (line.includes('[ERROR]') ? line.replace(LOG_LINE, '') : line))
  const firstDetail = lines.findIndex((line) => DETAIL.test(line))
  const before = (firstDetail === -1 ? lines : lines.slice(0, firstDetail)).filter(
    (line) => line.trim() !== '' && !LOG_LINE.test(line) && !HEADER.test(line.trim()),
  )
  const reason = before.at(-1)?.trim()
  return reason || lines.find((line) => line.trim() !== '')?.trim() || 'The build failed.'
}
