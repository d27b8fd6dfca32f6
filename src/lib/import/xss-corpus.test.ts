import { describe, expect, it } from 'vitest';
import {
	XSS_PAYLOADS,
	dyadJsonWithProto,
	dyadTimelineWith,
	dyadTimelineWithBadLink,
	timelineJsCsvWith,
	timelineJsWith
} from '../../../tests/fixtures/open/xss';
import { parseInline, plainText, type Inline } from '../markdown/inline';
import type { ImportActor } from './conversion';
import { openTimelineFile, type Opened } from './open-file';

const actors: [ImportActor, ImportActor] = [
	{ code: 'IR', name: 'Iran' },
	{ code: 'CN', name: 'China' }
];

const FORMATS: [string, string, (payload: string) => string][] = [
	['Dyad JSON', 'xss.json', (payload) => JSON.stringify(dyadTimelineWith(payload), null, '\t')],
	[
		'TimelineJS JSON',
		'xss-timelinejs.json',
		(payload) => JSON.stringify(timelineJsWith(payload), null, '\t')
	],
	['TimelineJS CSV', 'xss.csv', timelineJsCsvWith]
];

/** Every link target in a summary's tree, however deep. */
function hrefs(nodes: readonly Inline[]): string[] {
	return nodes.flatMap((node) =>
		node.type === 'text'
			? []
			: [...(node.type === 'link' ? [node.href] : []), ...hrefs(node.children)]
	);
}

/** Each event's summary as the app draws it. */
function summaryTrees(result: Extract<Opened, { ok: true }>): Inline[][] {
	return result.data.events.map((event) => {
		const kept = result.summaries.get(event.summary.trim());
		if (kept) return kept;
		const parsed = parseInline(event.summary);
		if (!parsed.ok) throw new Error(`a summary of an opened file does not parse: ${event.summary}`);
		return parsed.inline;
	});
}

describe.each(FORMATS)('a %s file with a script injection payload', (_name, file, write) => {
	it.each(XSS_PAYLOADS)('with %j opens, or is refused at its place', async (payload) => {
		const text = write(payload);
		const result = await openTimelineFile(text, file, { actors });
		if (result.ok) {
			for (const tree of summaryTrees(result))
				for (const href of hrefs(tree)) expect(href).toMatch(/^https?:\/\//);
			for (const reference of result.data.references)
				if (reference.URL !== undefined) expect(reference.URL).toMatch(/^https?:\/\//);
		} else {
			const lines = text.split(/\r\n|\r|\n/).length;
			expect(result.problems.length).toBeGreaterThan(0);
			for (const problem of result.problems) {
				expect(problem.line).toBeGreaterThanOrEqual(1);
				expect(problem.line).toBeLessThanOrEqual(lines);
				expect(problem.column).toBeGreaterThanOrEqual(1);
			}
		}
	});
});

describe('dyadTimelineWith', () => {
	it.each(XSS_PAYLOADS)('makes a timeline the validator accepts with %j', async (payload) => {
		const result = await openTimelineFile(JSON.stringify(dyadTimelineWith(payload)), 'xss.json');
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it.each(XSS_PAYLOADS)('keeps %j as the text it is', async (payload) => {
		const result = await openTimelineFile(JSON.stringify(dyadTimelineWith(payload)), 'xss.json');
		if (!result.ok) throw new Error('expected a timeline');
		const [first] = result.data.events;
		expect(first!.title).toBe(`First ${payload}`.trim());
		expect(plainText(summaryTrees(result)[0]!)).toBe(
			`Summary ${payload}, and a link: ${payload}.`.trim()
		);
		expect(hrefs(summaryTrees(result)[0]!)).toEqual(['https://example.org/link?q=1']);
	});

	it('leaves out a reference’s own "__proto__" member and keeps its "constructor" as text', async () => {
		const payload = XSS_PAYLOADS[0]!;
		const result = await openTimelineFile(JSON.stringify(dyadTimelineWith(payload)), 'xss.json');
		if (!result.ok) throw new Error('expected a timeline');
		const reference = result.data.references[0] as Record<string, unknown>;
		expect(Object.getPrototypeOf(reference)).toBe(Object.prototype);
		expect(Object.hasOwn(reference, '__proto__')).toBe(false);
		expect(reference.polluted).toBeUndefined();
		expect(reference.constructor).toBe(payload);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('dyadTimelineWithBadLink', () => {
	it.each(XSS_PAYLOADS)(
		'makes a timeline the validator refuses, at its summary, with %j',
		async (payload) => {
			const text = JSON.stringify(dyadTimelineWithBadLink(payload), null, '\t');
			const result = await openTimelineFile(text, 'xss.json');
			if (result.ok) throw new Error('expected problems, found a valid timeline');
			expect(result.problems).toEqual([
				expect.objectContaining({
					path: ['events', 0, 'summary'],
					message:
						'summary: link to "javascript:window.injected=1": links must be http(s) URLs or doi:10.…',
					line: text.split('\n').findIndex((line) => line.includes('"summary": "Summary ')) + 1
				})
			]);
		}
	);
});

describe('dyadJsonWithProto', () => {
	it('makes a file whose top-level "__proto__" the validator refuses as an unknown field, at its key', async () => {
		const text = dyadJsonWithProto(XSS_PAYLOADS[0]!);
		const result = await openTimelineFile(text, 'xss.json');
		if (result.ok) throw new Error('expected problems, found a valid timeline');
		const line = text.split('\n').findLastIndex((line) => line.startsWith('\t"__proto__"')) + 1;
		expect(line).toBeGreaterThan(1);
		expect(result.problems).toEqual([
			expect.objectContaining({
				path: ['__proto__'],
				message: 'unknown field "__proto__"',
				line,
				column: 2
			})
		]);
	});

	it('leaves every object’s prototype alone', async () => {
		await openTimelineFile(dyadJsonWithProto(XSS_PAYLOADS[0]!), 'xss.json');
		await openTimelineFile(JSON.stringify(dyadTimelineWith(XSS_PAYLOADS[0]!)), 'xss.json');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});
