// static/embed.js, the helper a host page includes, run against a stand-in for the host's DOM: which
// iframes it sizes, and to what height.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_HEIGHT, MIN_HEIGHT } from './protocol';

const SOURCE = readFileSync('static/embed.js', 'utf8');
const HOST = 'https://lms.example.edu/course/week-5/';
const DYAD = 'https://dyad.example.org';
const SCRIPT = `${DYAD}/timeline/embed.js`;

interface FakeFrame {
	contentWindow: object;
	style: { height?: string };
	attributes: Record<string, string>;
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
}

function frame(attributes: Record<string, string>): FakeFrame {
	return {
		contentWindow: {},
		style: {},
		attributes,
		getAttribute: (name) => attributes[name] ?? null,
		hasAttribute: (name) => name in attributes
	};
}

type Listener = (event: { data: unknown; origin: string; source: unknown }) => void;

/** Runs the helper on a page holding the frames; returns how to post it a message. */
function host(frames: FakeFrame[], scriptSrc: string | null = SCRIPT, runs = 1) {
	const listeners: Listener[] = [];
	const window: Record<string, unknown> = {
		addEventListener: (type: string, listener: Listener) => {
			if (type === 'message') listeners.push(listener);
		}
	};
	const document = {
		currentScript: scriptSrc === null ? null : { src: scriptSrc },
		baseURI: HOST,
		getElementsByTagName: (name: string) => (name === 'iframe' ? frames : [])
	};
	for (let run = 0; run < runs; run++) {
		runInNewContext(SOURCE, { window, document, location: { href: HOST }, URL });
	}
	return {
		listeners,
		post(from: FakeFrame, height: unknown, origin = DYAD) {
			const data = { protocol: 'dyad-embed', version: 1, type: 'height', height };
			for (const listener of listeners) listener({ data, origin, source: from.contentWindow });
		}
	};
}

const heightOf = (target: FakeFrame) => target.style.height;

describe('static/embed.js', () => {
	it('sizes the embeds of the site it was loaded from, at any of their addresses', () => {
		const frames = [
			frame({ src: `${DYAD}/timeline/embed/?claim=syria` }),
			frame({ src: `${DYAD}/timeline/t/iran-russia/embed/#x` }),
			frame({ src: `${DYAD}/timeline/embed/index.html` }),
			frame({ src: '//dyad.example.org/timeline/embed/' })
		];
		const page = host(frames);
		for (const [i, target] of frames.entries()) page.post(target, 500 + i);
		expect(frames.map(heightOf)).toEqual(['500px', '501px', '502px', '503px']);
	});

	it('leaves every other frame alone, even one that sends a well-formed message', () => {
		const others = {
			'another origin': frame({ src: 'https://evil.example/timeline/embed/' }),
			'another port': frame({ src: 'https://dyad.example.org:8443/timeline/embed/' }),
			'plain http': frame({ src: 'http://dyad.example.org/timeline/embed/' }),
			'outside the folder': frame({ src: `${DYAD}/other/embed/` }),
			'a sibling folder': frame({ src: `${DYAD}/timeline2/embed/` }),
			'not an embed page': frame({ src: `${DYAD}/timeline/` }),
			'below an embed page': frame({ src: `${DYAD}/timeline/embed/more/` }),
			'a nested timeline path': frame({ src: `${DYAD}/timeline/t/a/b/embed/` }),
			srcdoc: frame({ srcdoc: '<p>hi</p>' }),
			'srcdoc over a Dyad src': frame({ src: `${DYAD}/timeline/embed/`, srcdoc: '<p>hi</p>' }),
			'no src': frame({}),
			'a data: URL': frame({ src: 'data:text/html,<p>hi</p>' }),
			'fixed height': frame({ src: `${DYAD}/timeline/embed/`, 'data-fixed-height': '' })
		};
		const page = host(Object.values(others));
		for (const target of Object.values(others)) {
			page.post(target, 4321);
			page.post(target, 4321, new URL(target.attributes.src ?? HOST, HOST).origin);
			page.post(target, 4321, 'null');
		}
		for (const [name, target] of Object.entries(others))
			expect(heightOf(target), name).toBe(undefined);
	});

	it('ignores a Dyad frame whose message comes from another origin', () => {
		const dyad = frame({ src: `${DYAD}/timeline/embed/` });
		host([dyad]).post(dyad, 600, 'https://evil.example');
		expect(heightOf(dyad)).toBe(undefined);
	});

	it('gives whole pixels within the limits, and ignores heights that make no sense', () => {
		const dyad = frame({ src: `${DYAD}/timeline/embed/` });
		const page = host([dyad]);
		const cases: [unknown, string | undefined][] = [
			[1e-9, `${MIN_HEIGHT}px`],
			[149.4, `${MIN_HEIGHT}px`],
			[420.4, '420px'],
			[420.5, '421px'],
			[19_999.5, `${MAX_CONTENT_HEIGHT}px`],
			[1e12, `${MAX_CONTENT_HEIGHT}px`],
			[0, undefined],
			[-5, undefined],
			[Number.NaN, undefined],
			[Infinity, undefined],
			['500', undefined],
			[null, undefined]
		];
		for (const [height, expected] of cases) {
			dyad.style = {};
			page.post(dyad, height);
			expect(heightOf(dyad), String(height)).toBe(expected);
		}
	});

	it('sizes nothing when it cannot tell where it was loaded from', () => {
		const dyad = frame({ src: `${DYAD}/timeline/embed/` });
		expect(host([dyad], null).listeners).toHaveLength(0);
		expect(host([dyad], 'file:///timeline/embed.js').listeners).toHaveLength(0);
	});

	it('listens once however often it is included', () => {
		expect(host([], SCRIPT, 3).listeners).toHaveLength(1);
	});

	it('repeats the limits of the embed itself', () => {
		expect(SOURCE).toContain(`var MIN_HEIGHT = ${MIN_HEIGHT};`);
		expect(SOURCE).toContain(`var MAX_CONTENT_HEIGHT = ${MAX_CONTENT_HEIGHT};`);
	});
});
