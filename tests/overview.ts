// The overview strip as a reader uses it: a press at one point of the span, a drag to another.
import type { Page } from '@playwright/test';

/**
 * Presses on the overview strip at `from` (a fraction of its width), drags to `to` in steps and lets
 * go, a third of the way down the strip (over the brush, below the period band).
 */
export async function dragAcrossOverview(page: Page, from: number, to: number): Promise<void> {
	const strip = page.locator('svg[data-overview]');
	await strip.scrollIntoViewIfNeeded();
	const box = (await strip.boundingBox())!;
	const y = box.y + box.height / 3;
	await page.mouse.move(box.x + box.width * from, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * to, y, { steps: 10 });
	await page.mouse.up();
}
