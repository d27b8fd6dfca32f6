import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from './inline';

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
