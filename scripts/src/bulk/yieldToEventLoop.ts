/**
 * Lets the event loop turn once. A bulk load on SQLite never does by itself: the SQLite client
 * is synchronous under its promises, so a loop of awaited writes runs as one long chain of
 * microtasks. The SQLite driver frees each prepared statement's native memory in a callback that
 * only runs when the loop turns, so without this a load grew by about 3 MB a listing (and timers,
 * such as a progress bar's, never fired). Call it between records.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
