import { getViteConfig } from 'astro/config'
import type { TestUserConfig } from 'vitest/config'

// Astro's Vite config (as Astro recommends for Vitest), so that component tests can import
// .astro files and render them with the container API; the other tests are plain modules.
const test: TestUserConfig = {
  environment: 'node',
  include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
}

// Vitest 4 is built on Vite 8 and Astro 6 on Vite 7, so Vitest's `test` key is not in the type
// Astro takes; Astro passes it through to Vitest unchanged.
type AstroViteConfig = Parameters<typeof getViteConfig>[0]
export default getViteConfig({ test } as AstroViteConfig)
