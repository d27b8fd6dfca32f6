import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schema/limits';
import { parseInline, parseMarkdown, parseSimple, plainText } from './inline';

describe('parseInline', () => {
	it('keeps plain text as one text node', () => {
		expect(parseInline('Russia delivered the S-300 in 2016.')).toEqual({
			ok: true,
			inline: [{ type: 'text', value: 'Russia delivered the S-300 in 2016.' }]
		});
	});

	it('reads emphasis, strong emphasis and http links', () => {
		const result = parseInline('A *first* **batch**, see [the UN](https://press.un.org/en).');
		expect(result).toEqual({
			ok: true,
			inline: [
				{ type: 'text', value: 'A ' },
				{ type: 'emphasis', children: [{ type: 'text', value: 'first' }] },
				{ type: 'text', value: ' ' },
				{ type: 'strong', children: [{ type: 'text', value: 'batch' }] },
				{ type: 'text', value: ', see ' },
				{
					type: 'link',
					href: 'https://press.un.org/en',
					children: [{ type: 'text', value: 'the UN' }]
				},
				{ type: 'text', value: '.' }
			]
		});
	});

	it('turns a doi: link into a doi.org link', () => {
		const result = parseInline('[article](doi:10.22363/2313-1438-2020-22-2-276-289)');
		expect(result.ok && result.inline[0]).toEqual({
			type: 'link',
			href: 'https://doi.org/10.22363/2313-1438-2020-22-2-276-289',
			children: [{ type: 'text', value: 'article' }]
		});
	});

	it.each([
		['[x](javascript:alert(1))', 'links must be http(s) URLs or doi:10.…'],
		['<b>bold</b> text', 'HTML is not allowed'],
		['# Heading', 'a heading (#) is not allowed'],
		['- item', 'a list is not allowed'],
		['![map](https://example.org/map.png)', 'an image is not allowed'],
		['One.\n\nTwo.', 'write one paragraph (no blank lines)']
	])('refuses %j, saying why', (text, error) => {
		const result = parseInline(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.join('\n')).toContain(error);
	});

	it('leaves unresolved brackets as text', () => {
		expect(parseInline('Resolution [2231] ended it.')).toEqual({
			ok: true,
			inline: [{ type: 'text', value: 'Resolution [2231] ended it.' }]
		});
	});
});

describe('plainText', () => {
	it('drops the markup and keeps the words', () => {
		const result = parseInline('A *first* [batch](https://example.org).');
		expect(result.ok && plainText(result.inline)).toBe('A first batch.');
	});
});

describe('the one-pass reader', () => {
	/** A seeded generator, so a failure can be replayed. */
	function random(seed: number) {
		return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	}
	const PIECES = [
		...['a', 'Iran ', 'é', '1', ' ', '.', ',', '-', '#', '(', ')', '!', ':', '>', '~', '+', '"'],
		...['*', '**', '_', '[', ']', '](', '2015.', '\u00a0', '😀', '%20', '&amp;', '`'],
		...['[a b](', '](https://example.org/p?q=1)', '](doi:10.1000/x)', '](javascript:x)'],
		...['*ab*', '**a b**', 'word ']
	];

	it('reads every summary it takes exactly as the full parser does', () => {
		const next = random(7);
		let taken = 0;
		for (let n = 0; n < 8000; n++) {
			const length = 1 + Math.floor(next() * 10);
			const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
				''
			);
			const simple = parseSimple(text);
			if (!simple) continue;
			taken++;
			expect(simple, text).toEqual(parseMarkdown(text));
		}
		expect(taken).toBeGreaterThan(500);
	}, 30_000);

	it.each([
		['plain text', 'Russia delivered the S-300 (in 2016).'],
		['emphasis and strong', 'A *first* and **second** batch.'],
		['a link', 'See [the UN](https://press.un.org/en) and [it](doi:10.1000/x).']
	])('takes %s', (_name, text) => {
		expect(parseSimple(text)).toEqual(parseMarkdown(text));
		expect(parseSimple(text)).toBeDefined();
	});
});

describe('summaries at the length limit', () => {
	const patterns: [string, (n: number) => string][] = [
		['*a repeated', (n) => '*a'.repeat(n / 2)],
		['nested brackets', (n) => `${'['.repeat(n / 2 - 1)}x${']'.repeat(n / 2)}`],
		['unclosed links', (n) => '[a]('.repeat(n / 4)],
		['emphasis around brackets', (n) => `${'*['.repeat(n / 4)}${']*'.repeat(n / 4)}`],
		['underscores around brackets', (n) => `${'_['.repeat(n / 4)}${']_'.repeat(n / 4)}`]
	];

	it.each(patterns)('parse in well under 100 ms even when adversarial: %s', (_name, make) => {
		const text = make(LIMITS.summary);
		expect(text.length).toBeLessThanOrEqual(LIMITS.summary);
		const times = [0, 1, 2, 3, 4].map(() => {
			const started = performance.now();
			parseInline(text);
			return performance.now() - started;
		});
		expect(Math.min(...times)).toBeLessThan(100);
	});
});

describe('brackets', () => {
	it('refuses brackets nested deeper than links could need, without parsing them', () => {
		const result = parseInline(`${'['.repeat(9)}x${']'.repeat(9)}`);
		expect(result).toEqual({
			ok: false,
			errors: ['square brackets nested 9 deep; at most 8 (links do not nest)']
		});
	});

	it('reads brackets nested a little as text', () => {
		expect(parseInline('Resolution [[2231]] ended it.')).toEqual(
			parseMarkdown('Resolution [[2231]] ended it.')
		);
	});
});
