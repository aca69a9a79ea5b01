/**
 * Things a long piece of work on one request would each write on their own (audit entries, site
 * rebuild requests), collected instead and written together once the work is done. Nested runs
 * on the same request join the outer one. Keyed by the request object, never stored on it.
 */
export function requestBatch<Item>() {
  const open = new WeakMap<object, Item[]>()
  return {
    /** The open batch on this request, to push to instead of writing, or undefined. */
    collector(req: object | undefined): { push: (item: Item) => void } | undefined {
      const items = req ? open.get(req) : undefined
      return items ? { push: (item) => items.push(item) } : undefined
    },
    /**
     * Runs `work` with a batch open on `req`, then `flush`es what was collected: after the work
     * succeeds, or, with `alsoAfterFailure`, whatever happened (the work's error is kept).
     */
    async run<T>(
      req: object,
      work: () => Promise<T>,
      flush: (items: Item[]) => Promise<void>,
      { alsoAfterFailure = false }: { alsoAfterFailure?: boolean } = {},
    ): Promise<T> {
      if (open.has(req)) return work()
      const items: Item[] = []
      open.set(req, items)
      let succeeded = false
      try {
        const result = await work()
        succeeded = true
        return result
      } finally {
        open.delete(req)
        if (succeeded || alsoAfterFailure) await flush(items)
      }
    },
  }
}
