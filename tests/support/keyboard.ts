import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Presses Tab until `target` has focus, as a keyboard user would; fails if it is not reached
 * within `maxTabs` presses (so a keyboard trap or an unreachable control fails the test).
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 80): Promise<void> {
  const handle = await target.elementHandle()
  if (!handle) throw new Error('The element to tab to is not on the page')
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab')
    if (await handle.evaluate((el) => el === document.activeElement)) {
      await expect(target).toBeFocused()
      return
    }
  }
  throw new Error(`Could not reach the element with ${maxTabs} presses of Tab`)
}
