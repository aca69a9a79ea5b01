/**
 * The V8 settings the site build's Node process runs with. Making 60,000 pages makes a great
 * many short-lived strings and objects; with V8's default young generation (16 MB a semi-space)
 * most of the build's garbage collection was copying them out of it again and again. With 64 MB
 * a semi-space the pages of a 10,000-listing build took 155–182 s instead of 192–193 s (three
 * builds each), the same bytes, for about 300 MB more resident memory (3.6 → 3.8–3.9 GB)
 * (docs/benchmark.md, "A full build nearer the floor").
 * An operator's own `--max-semi-space-size` in NODE_OPTIONS is kept as it is.
 */
export const BUILD_SEMI_SPACE_MB = 64

const SEMI_SPACE_OPTION = /(^|\s)--max-semi-space-size(=|\s|$)/

/** NODE_OPTIONS for the build's process: `current` with the young generation's size added. */
export function buildNodeOptions(current: string | undefined): string {
  if (current && SEMI_SPACE_OPTION.test(current)) return current
  return [current?.trim(), `--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`].filter(Boolean).join(' ')
}
