import { describe, expect, it } from 'vitest';
import { MAX_LABEL_CHARS, placeLabels, shortTitle, textWidth, type LabelRequest } from './labels';

const request = (id: string, x: number, text = `Label ${id}`, priority = 1): LabelRequest => ({
	id,
	x,
	radius: 5,
	text,
	priority
});

function boxes(placed: ReturnType<typeof placeLabels>) {
	return placed.map((p) => {
		const w = textWidth(p.text);
		return {
			slot: p.slot,
			x0: p.anchor === 'start' ? p.x : p.x - w,
			x1: p.anchor === 'start' ? p.x + w : p.x
		};
	});
}

describe('shortTitle', () => {
	it('keeps short titles and cuts long ones at a word, with an ellipsis', () => {
		expect(shortTitle('JCPOA concluded')).toBe('JCPOA concluded');
		const cut = shortTitle('Russia and Iran sign a comprehensive strategic partnership treaty');
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
		expect('Russia and Iran sign a comprehensive strategic partnership treaty').toContain(
			cut.slice(0, -1)
		);
	});

	it('never cuts a word, even when the last space comes early', () => {
		const title = 'Rosatom signs an intergovernmental-agreement-style protocol';
		const cut = shortTitle(title);
		expect(cut).toBe('Rosatom signs an…');
		expect(title.startsWith(cut.slice(0, -1))).toBe(true);
		expect(title[cut.length - 1]).toBe(' ');
	});

	it('keeps an over-long first word whole', () => {
		const word = 'Supercalifragilisticexpialidocious-and-more-words';
		expect(shortTitle(`${word} in a title`)).toBe(`${word}…`);
		expect(shortTitle(word)).toBe(word);
	});

	it('drops punctuation left before the ellipsis', () => {
		expect(shortTitle('Shoigu in Tehran signs agreement, with more text')).toBe(
			'Shoigu in Tehran signs agreement…'
		);
	});
});

describe('placeLabels', () => {
	it('places a lone label beside its mark', () => {
		const [label] = placeLabels([request('a', 100)], [0, 1000]);
		expect(label).toMatchObject({ id: 'a', slot: 'inline', anchor: 'start' });
		expect(label!.x).toBeGreaterThan(105);
	});

	it('never lets two labels in a row overlap, nor an inline label cover a mark', () => {
		const requests = Array.from({ length: 40 }, (_, i) =>
			request(`e${i}`, 20 + i * 23, `A fairly long label number ${i}`)
		);
		const placed = placeLabels(requests, [0, 1000]);
		const all = boxes(placed);
		for (const [i, a] of all.entries())
			for (const b of all.slice(i + 1)) {
				if (a.slot === b.slot) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
			}
		for (const box of all.filter((b) => b.slot === 'inline'))
			for (const r of requests) expect(r.x + 5 <= box.x0 || r.x - 5 >= box.x1).toBe(true);
		expect(placed.length).toBeLessThan(requests.length);
		expect(placed.length).toBeGreaterThan(3);
	});

	it('gives room to the higher priority first', () => {
		const placed = placeLabels(
			[
				request('low', 100, 'Low priority label text', 1),
				request('high', 130, 'High priority label text', 9),
				request('third', 160, 'Third label in the row', 1)
			],
			[0, 400]
		);
		expect(placed.map((p) => p.id)).toContain('high');
	});

	it('keeps labels inside the chart, flipping to the left at the right edge', () => {
		const [label] = placeLabels([request('edge', 990, 'Near the right edge')], [0, 1000]);
		expect(label!.anchor).toBe('end');
		expect(label!.x).toBeLessThan(990);
	});

	it('places labels beyond the plot when given room there', () => {
		const [label] = placeLabels([request('edge', 990, 'Near the right edge')], [-300, 1300]);
		expect(label!.anchor).toBe('start');
		expect(label!.x).toBeGreaterThan(990);
	});

	it('lets a count mark block space without a label of its own', () => {
		const placed = placeLabels(
			[{ id: 'c', x: 112, radius: 10, text: '', priority: 0 }, request('a', 100)],
			[0, 1000]
		);
		expect(placed.map((p) => p.id)).toEqual(['a']);
		expect(placed[0]!.slot === 'below' || placed[0]!.anchor === 'end').toBe(true);
	});
});
