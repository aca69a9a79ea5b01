import { chromium } from '@playwright/test'
const pages = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const spec of pages) {
  const [path, widthStr, selector] = spec.split('@')
  const width = Number(widthStr || 375)
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  await page.goto('http://127.0.0.1:4500' + path, { waitUntil: 'load' })
  await page.waitForTimeout(400)
  const sw = await page.evaluate(() => document.documentElement.scrollWidth)
  const name = '/work/notes/shots/' + (path.replace(/[\/?=&]+/g, '_') || 'home') + '-' + width + '.png'
  if (selector) await page.locator(selector).first().screenshot({ path: name.replace('.png', '-part.png') }); else await page.screenshot({ path: name, fullPage: true })
  console.log(spec, 'scrollWidth', sw, name)
  await page.close()
}
await browser.close()
