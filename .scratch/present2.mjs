import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:4173/present/argument/2/');
await page.locator('[data-chart][data-hydrated="true"]').waitFor();
await page.waitForTimeout(800);
const read = () => page.evaluate(() => { const c = document.querySelector('[data-chart]'); const s = c.querySelector('svg'); return [new Date(+c.dataset.from).toISOString().slice(0,10), new Date(+c.dataset.to).toISOString().slice(0,10), JSON.stringify(s.__zoom), s.getAttribute('viewBox')]; });
console.log('step2 loaded', await read());
await page.keyboard.press('ArrowRight');
for (let i = 0; i < 6; i++) { await page.waitForTimeout(150); console.log('t', i, await read()); }
await browser.close();
