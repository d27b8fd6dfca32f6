import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(pathToFileURL('dist/dyad.html').href + '#/present/argument/3/');
await page.locator('[data-chart][data-hydrated="true"]').waitFor();
await page.waitForTimeout(800);
const read = () => page.evaluate(() => { const c = document.querySelector('[data-chart]'); const s = c.querySelector('svg'); return [new Date(+c.dataset.from).toISOString().slice(0,10), new Date(+c.dataset.to).toISOString().slice(0,10), JSON.stringify(s.__zoom), document.querySelector('[data-step]')?.dataset.step]; });
console.log('3', await read());
await page.keyboard.press('End');
for (let i = 0; i < 4; i++) { await page.waitForTimeout(300); console.log('t', i, await read()); }
await browser.close();
