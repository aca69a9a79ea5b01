/**
 * A small seeded pseudo-random generator (mulberry32), so the same seed always generates the
 * same benchmark content and runs can be compared.
 */
export interface Random {
  /** A number in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct items, in the list's order. */
  sample: <T>(items: readonly T[], count: number) => T[]
  chance: (probability: number) => boolean
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list')
    return items[Math.floor(next() * items.length)]!
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const indexes = items.map((_, index) => index)
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!]
    }
    return indexes
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((index) => items[index]!)
  }
  return { next, int, pick, sample, chance: (p) => next() < p }
}
