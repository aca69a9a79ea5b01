/** A process's resident memory over a run: at the start, at the end and the highest seen. */
export interface MemoryFigures {
  startMb: number
  endMb: number
  peakMb: number
}

const mb = (bytes: number) => Math.round(bytes / 1e6)

/**
 * Samples this process's RSS every `intervalMs` (and whenever `sample` is called) until `stop`.
 * The timer only fires when the event loop turns, which a bulk load now lets it do between
 * records (see bulk/yieldToEventLoop.ts); `sample` after each record covers it anyway.
 */
export function startMemorySampler(intervalMs = 250) {
  const start = process.memoryUsage.rss()
  let peak = start
  const sample = () => {
    const rss = process.memoryUsage.rss()
    if (rss > peak) peak = rss
    return rss
  }
  const timer = setInterval(sample, intervalMs)
  timer.unref()
  return {
    sample,
    stop: (): MemoryFigures => {
      clearInterval(timer)
      const end = sample()
      return { startMb: mb(start), endMb: mb(end), peakMb: mb(peak) }
    },
  }
}
