import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:4173/');
await page.locator('[data-chart][data-hydrated="true"]').waitFor();
await page.locator('[data-zoom="reset"]').focus();
await page.keyboard.press('Tab');
await page.keyboard.press('Home');
const t0 = Date.now();
for (let i = 0; i < 20; i++) {
  const s = Date.now();
  await page.keyboard.press('ArrowRight');
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
  console.log(i, id, Date.now() - s, 'ms', await page.evaluate(() => document.querySelector('[data-chart]').dataset.from));
}
await page.screenshot({ path: '.scratch/keys.png' });
await browser.close();
