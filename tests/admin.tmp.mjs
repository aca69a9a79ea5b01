import { chromium } from '@playwright/test'
const base = 'http://localhost:3000'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
async function signIn(email, width = 1280) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } })
  const page = await ctx.newPage()
  await page.goto(base + '/admin/login')
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', 'local-offer-demo')
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin(?!\/login)/, { timeout: 30000 })
  await page.waitForLoadState('networkidle')
  return page
}
async function shot(page, name, path) {
  if (path) { await page.goto(base + path); await page.waitForLoadState('networkidle'); await page.waitForTimeout(800) }
  const sw = await page.evaluate(() => document.documentElement.scrollWidth)
  await page.screenshot({ path: `/work/notes/shots-admin/${name}.png`, fullPage: false })
  console.log(name, 'scrollWidth', sw)
}
const who = process.argv[2]
const paths = process.argv.slice(3)
const [email, width] = who.split('@@')
const page = await signIn(email, Number(width || 1280))
for (const p of paths) await shot(page, (email.split('@')[0] + (width || 1280) + p).replace(/[\/?=&.]+/g, '_'), p)
await browser.close()
