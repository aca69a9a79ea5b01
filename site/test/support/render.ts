/**
 * Renders an Astro component on its own with Astro's container API, for component tests that
 * should not need a site build. The container renders without the build's HTML compression, so
 * the template's indentation is in the output: white space is collapsed to one space and dropped
 * next to a tag, so that
 * assertions are about markup and text, not layout (the built site is compared byte for byte).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { ContainerRenderOptions } from 'astro/container'

type Component = Parameters<AstroContainer['renderToString']>[0]

let container: AstroContainer | undefined

export async function render(
  component: Component,
  options: ContainerRenderOptions = {},
): Promise<string> {
  container ??= await AstroContainer.create()
  const html = await container.renderToString(component, options)
  return html
    .replace(/\s+/g, ' ')
    .replace(/\s*(<[^>]*>)\s*/g, '$1')
    .trim()
}
