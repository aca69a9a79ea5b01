/**
 * A read from the content store made once per build. Astro's getCollection and getEntry copy
 * every entry they return (a structured clone and a walk for image references), and the header,
 * footer and layout of each of the build's pages asked for the same entries: at 1,000 listings,
 * 6,000 pages made tens of thousands of copies (docs/benchmark.md). In a build the content
 * cannot change; the development server reads afresh each time, to show edits. What it returns
 * is shared by every page: treat it as read-only.
 */
export function onceInBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => {
    if (!import.meta.env.PROD) return read()
    value ??= read()
    return value
  }
}

/** The same, once per key (a language, say). */
export function onceInBuildFor<K, T>(read: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const values = new Map<K, Promise<T>>()
  return (key) => {
    if (!import.meta.env.PROD) return read(key)
    let value = values.get(key)
    if (!value) {
      value = read(key)
      values.set(key, value)
    }
    return value
  }
}
