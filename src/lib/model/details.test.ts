import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText } from '../markdown/plain-text';
import { detailsOf } from './details';
import { loadTimeline } from './load';
import { toWire } from './wire';

describe("a timeline's details", () => {
	const built = loadTimeline(
		'data/iran-russia.json',
		readFileSync('data/iran-russia.json', 'utf8')
	);
	const citations = built.references.map((r) => ({ id: r.item.id, text: `cited ${r.number}` }));
	const details = detailsOf(built, citations);

	it("hold every event's summary and sources, by id in the timeline's order, and the citations", () => {
		expect(details.events.map(([id]) => id)).toEqual(built.events.map((e) => e.id));
		const byId = new Map(details.events.map(([id, ...rest]) => [id, rest]));
		for (const event of built.events) {
			const [summary, sources] = byId.get(event.id)!;
			expect(plainText(summary)).toBe(event.summaryText);
			expect(sources).toEqual(event.sources);
		}
		expect(details.citations).toBe(citations);
	});

	it('are what the page leaves out: no summary or locator is in both', () => {
		const page = JSON.stringify(toWire(built));
		const sample = built.events.find((e) => e.summaryText.length > 80)!;
		expect(JSON.stringify(details)).toContain(JSON.stringify(sample.summary));
		expect(page).not.toContain(JSON.stringify(sample.summary).slice(1, -1));
		const located = built.events.flatMap((e) => e.sources).find((s) => s.locator)!;
		expect(JSON.stringify(details)).toContain(JSON.stringify(located));
		expect(page).not.toContain(JSON.stringify(located));
		expect(toWire(built).events.filter((e) => 'sources' in e)).toEqual([]);
	});
});
