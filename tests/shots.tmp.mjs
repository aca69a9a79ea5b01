import { chromium } from '@playwright/test'
// usage: node shots.mjs name width url [clickSummary]
const [name, width, url, action] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } })
await page.goto('http://127.0.0.1:5107' + url)
await page.waitForSelector('.lo-search__status h2, .lo-search__status p', { timeout: 15000 }).catch(() => {})
await page.waitForTimeout(800)
if (action === 'open') { await page.locator('.lo-filter-toggle').click(); await page.waitForTimeout(300) }
const top = await page.locator('.lo-card__title a').first().evaluate((e) => e.getBoundingClientRect().top).catch(() => null)
const sw = await page.evaluate(() => document.documentElement.scrollWidth)
console.log(name, 'first result top', top, 'scrollWidth', sw)
await page.screenshot({ path: `/tmp/h-search-demo/${name}.png`, fullPage: action === 'full' || action === 'open' })
await browser.close()
