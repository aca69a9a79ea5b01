import { chromium } from '@playwright/test'
const base = 'http://localhost:4586'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  page.setDefaultTimeout(300000)
  await page.goto(`${base}/admin/login`)
  await page.fill('input[name="email"]', 'officer@example.org')
  await page.fill('input[name="password"]', 'sorting-Password-1')
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  await page.goto(`${base}/admin/collections/import-sorting`)
  await page.waitForSelector('text=Counselling for young people')
  await page.screenshot({ path: `/tmp/h_sorting_ui/list-${width}.png`, fullPage: true })
  await page.click('text=Counselling for young people')
  await page.waitForSelector('text=Sort this record')
  await page.screenshot({ path: `/tmp/h_sorting_ui/held-${width}.png`, fullPage: true })
  if (width === 375) {
    // Make the listing: choose the category and the venue's locality, as an officer would.
    await page.selectOption('label:has-text("Category") >> xpath=following-sibling::select', 'health')
    await page.check('input[value="mental-health"]')
    await page.selectOption('select[id$="-locality-0"]', { index: 1 })
    await page.click('button:has-text("Make a draft listing")')
    await page.waitForSelector('text=Made into a draft listing', { timeout: 300000 })
    await page.screenshot({ path: `/tmp/h_sorting_ui/done-${width}.png`, fullPage: true })
  }
  await page.close()
}
await browser.close()
