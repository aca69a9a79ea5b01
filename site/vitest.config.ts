import { getViteConfig } from 'astro/config'

// Astro's Vite config (as Astro recommends for Vitest), so that component tests can import
// .astro files and render them with the container API; the other tests are plain modules.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  },
})
