/**
 * A Map for remembered answers that never grows past `limit` entries: setting a new key when it
 * is full lets every entry go first. For caches in long-running processes (the CMS, a site build)
 * whose keys come from content, where what was asked recently is asked again soon.
 */
export class MapUpTo<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super()
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.limit) this.clear()
    return super.set(key, value)
  }
}
