import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from './load';
import { fromWire, toWire } from './wire';

describe('the timeline as pages send it', () => {
	const built = loadTimeline(
		'data/iran-russia.json',
		readFileSync('data/iran-russia.json', 'utf8')
	);

	it('comes back as the model built it, every event and field but the text, sources, actors and tags', () => {
		const back = fromWire(structuredClone(toWire(built)));
		expect(back.events).toEqual(
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- fetched apart, or server-only
			built.events.map(({ summary, summaryText, sources, actors, tags, ...event }) => event)
		);
		expect({ ...back, events: [], references: [] }).toEqual({
			...built,
			events: [],
			references: []
		});
	});

	it('names each reference by its id, number and type, and no more', () => {
		const back = fromWire(structuredClone(toWire(built)));
		expect(back.references).toEqual(
			built.references.map((r) => ({
				number: r.number,
				item: { id: r.item.id, type: r.item.type }
			}))
		);
	});

	it('leaves out what the browser works out again', () => {
		const sent = JSON.stringify(toWire(built).events);
		expect(sent).not.toContain('"summary"');
		expect(sent).not.toContain('summaryText');
		expect(sent).not.toContain('"sources"');
		expect(sent).not.toContain('"actors"');
		expect(sent).not.toContain('"tags"');
		expect(sent).not.toContain('"mid"');
		expect(sent).not.toContain('"span"');
		expect(sent.length).toBeLessThan(JSON.stringify(built.events).length * 0.75);
	});
});
