import { describe, expect, it } from 'vitest';
import { citeView, embedCode, embedSrc } from './embed-code';

const EMBED = 'https://uni.example/courses/ir/timeline/embed/';
const SCRIPT = 'https://uni.example/courses/ir/timeline/embed.js';

describe('embed code', () => {
	it('puts the view, the theme and a fixed height in the address', () => {
		const src = embedSrc(
			EMBED,
			{ claim: 'syria', lanes: ['arms'] },
			{
				width: '100%',
				height: 480,
				theme: 'dark'
			}
		);
		expect(src).toBe(`${EMBED}?claim=syria&lanes=arms&theme=dark&height=480`);
		expect(embedSrc(EMBED, {}, { width: '100%', height: 'auto', theme: 'light' })).toBe(EMBED);
	});

	it('writes an iframe with the helper script when the height fits the content', () => {
		const code = embedCode(`${EMBED}?q=a&claim=syria`, 'Iran–Russia "timeline"', SCRIPT, {
			width: '100%',
			height: 'auto',
			theme: 'light'
		});
		expect(code).toBe(
			`<iframe src="${EMBED}?q=a&amp;claim=syria" title="Iran–Russia &quot;timeline&quot;" style="width:100%;height:560px;border:0" loading="lazy"></iframe>\n<script src="${SCRIPT}" async></script>`
		);
	});

	it('writes a fixed-size iframe without the script', () => {
		const code = embedCode(EMBED, 'T', SCRIPT, { width: '800', height: 400, theme: 'auto' });
		expect(code).toContain('style="width:800px;height:400px;border:0" data-fixed-height');
		expect(code).not.toContain('<script');
	});

	it('cites the article and the view with the day it was seen', () => {
		expect(
			citeView(
				'Sadegi (2020).',
				'Iran–Russia',
				'https://x/?claim=syria',
				new Date('2026-11-26T12:00:00Z')
			)
		).toBe(
			'Sadegi (2020).\nIran–Russia [interactive timeline]. Dyad. https://x/?claim=syria (accessed 2026-11-26).'
		);
	});
});
