// Every kind of page carries a Content-Security-Policy and runs under it without a single violation,
// through the parts that load later (the open event, the share dialog, the phone's timeline).
import { expect, test, type Page } from '@playwright/test';

/** Collects every policy violation and page error from the first byte of each page. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`);
		});
	});
	return async () => [
		...errors,
		...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))
	];
}

/** The policy in the page's <meta>, directive by directive. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(content, 'the page has a CSP <meta>').toBeTruthy();
	return new Map(
		(content ?? '')
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name = '', ...values]) => [name, values])
	);
}

const PAGES: {
	name: string;
	path: string;
	width?: number;
	then?: (page: Page) => Promise<void>;
}[] = [
	{
		name: 'the explorer, its open event and the share dialog',
		path: '/?event=bushehr-contract-1995',
		then: async (page) => {
			await expect(page.locator('[data-event-detail]')).toBeVisible();
			await page.locator('[data-open-share]').click();
			await expect(page.locator('[data-dialog="share"]')).toBeVisible();
			await expect(
				page.frameLocator('[data-embed-preview]').locator('[data-chart][data-hydrated="true"]')
			).toBeVisible();
		}
	},
	{
		name: 'the explorer on a phone',
		path: '/',
		width: 390,
		then: async (page) => {
			// The timeline down the page comes to life when first reached.
			await page.locator('[data-island="vertical"] a').first().hover();
			await expect(page.locator('[data-island="vertical"]')).toHaveAttribute('data-live', 'true');
		}
	},
	{ name: 'a timeline by its own address', path: '/t/iran-russia/' },
	{ name: 'the embed, dark', path: '/embed/?theme=dark&event=bushehr-contract-1995' },
	{ name: 'the list of stories', path: '/present/' },
	{ name: 'seminar mode', path: '/present/argument/3/' },
	{ name: 'the presenter view', path: '/present/argument/presenter/' },
	{ name: 'the handout', path: '/handout/' }
];

test.describe('content security policy @js-only', () => {
	for (const { name, path, width, then } of PAGES) {
		test(`${name} runs under the policy with no violation`, async ({ page }) => {
			if (width) await page.setViewportSize({ width, height: 800 });
			const problems = await watch(page);
			await page.goto(path);
			const policy = await policyOf(page);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'self'"]);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts).toContain("'self'");
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts.some((source) => source.startsWith("'sha256-"))).toBe(true);
			// Hydrated: the inline start-up script was allowed by its hash (the explorer's share
			// button is there once it is, on a phone too, where the chart stays as drawn).
			await expect(
				page
					.locator('[data-hydrated="true"], [data-live="true"], [data-open-share]:enabled')
					.first()
			).toBeAttached();
			await then?.(page);
			await page.waitForTimeout(300);
			expect(await problems()).toEqual([]);
		});
	}

	test('a script the policy does not list is refused', async ({ page }) => {
		const problems = await watch(page);
		await page.goto('/');
		await expect(page.locator('[data-chart][data-hydrated="true"]')).toBeVisible();
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return (window as unknown as { injected?: boolean }).injected === true;
		});
		expect(ran).toBe(false);
		expect((await problems()).join('\n')).toMatch(/script-src-elem blocked inline/);
	});
});
