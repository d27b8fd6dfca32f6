// Accessibility checks with axe-core at WCAG 2.2 AA, reporting each violation by rule and element.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(
	page: Page,
	scope: { include?: string; exclude?: string } = {}
): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa'
	]);
	if (scope.include) builder = builder.include(scope.include);
	if (scope.exclude) builder = builder.exclude(scope.exclude);
	const results = await builder.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
}
