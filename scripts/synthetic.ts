// Valid timelines of any size, the same for the same seed, for benchmarks and load tests.
// CLI: `tsx scripts/synthetic.ts <count> [out.json]` (writes to stdout without a file).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { utc } from '@date-fns/utc';
import { getDaysInMonth, parseISO } from 'date-fns';
import type { EventData, PeriodData, TimelineData } from '../src/lib/schema/timeline';

const FIRST_YEAR = 1989;
const LAST_YEAR = 2025;
const REFERENCE_COUNT = 20;
const ARTICLE_ID = 'synthetic-article';

const LANES = [
	['arms', 'Arms and military-technical cooperation'],
	['nuclear', 'Nuclear cooperation'],
	['diplomacy', 'Treaties and diplomacy'],
	['operations', 'Military operations and exercises'],
	['sanctions', 'UN resolutions and sanctions'],
	['security', 'Counter-terrorism and intelligence']
] as const;

const CLAIMS = ['turning-point', 'regional-ties', 'shared-threats', 'third-parties'];
const RELATIONS = ['supports', 'qualifies', 'contradicts', 'context'] as const;

const VERBS = ['signs', 'delivers', 'announces', 'suspends', 'resumes', 'hosts', 'reviews'];
const NOUNS = [
	'deal',
	'talks',
	'drills',
	'air-defence contract',
	'fuel agreement',
	'joint naval drill',
	'security memorandum',
	'arms embargo vote',
	'intelligence-sharing accord',
	'reactor inspection',
	'border commission',
	'trade and technology pact'
];
const PLACES = ['in Moscow', 'in Tehran', 'in Baku', 'at the Caspian summit', 'at the UN'];
const CIRCUMSTANCES = [
	'after months of talks',
	'despite Western objections',
	'under a new decree',
	'as sanctions tighten',
	'for the first time'
];
const TAGS = ['S-300', 'Bushehr', 'Caspian', 'UN', 'Syria', 'sanctions', 'drones', 'treaty'];

const PERIODS: [number, string, PeriodData['discourse']][] = [
	[FIRST_YEAR, 'Rapprochement', 'colleague'],
	[1995, 'Capped cooperation', 'competitor'],
	[2001, 'Revival', 'colleague'],
	[2010, 'The freeze', 'competitor'],
	[2014, 'The turn', 'friend'],
	[2022, 'Partnership', 'ally']
];

/** mulberry32: a tiny, well-mixed PRNG; returns numbers in [0, 1). */
function randomFrom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
	const item = list[Math.floor(random() * list.length)];
	if (item === undefined) throw new Error('pick needs a non-empty list');
	return item;
}

const intBetween = (random: Random, low: number, high: number) =>
	low + Math.floor(random() * (high - low + 1));
const pad = (n: number) => String(n).padStart(2, '0');

/** The days in a month given as "YYYY-MM". */
function daysIn(month: string): number {
	return getDaysInMonth(parseISO(month, { in: utc }));
}

/** Year weights with a few busy years, so events cluster as real histories do. */
function yearPicker(random: Random): () => number {
	const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
	const weighted = years.map((year) => ({ year, weight: random() < 0.15 ? 6 : 1 }));
	const total = weighted.reduce((sum, { weight }) => sum + weight, 0);
	return () => {
		let r = random() * total;
		for (const { year, weight } of weighted) if ((r -= weight) < 0) return year;
		return LAST_YEAR;
	};
}

/** A date at day (most), month or year precision; `key` sorts dates by their first day. */
function randomDate(random: Random, year: number): { iso: string; key: string } {
	const month = `${year}-${pad(intBetween(random, 1, 12))}`;
	const day = `${month}-${pad(intBetween(random, 1, daysIn(month)))}`;
	const roll = random();
	if (roll < 0.8) return { iso: day, key: day };
	if (roll < 0.93) return { iso: month, key: `${month}-01` };
	return { iso: String(year), key: `${year}-01-01` };
}

/** A title of 10–70 characters, built from whole phrases so it still reads like one. */
function randomTitle(random: Random): string {
	const target = intBetween(random, 10, 70);
	let title = `${pick(random, ['Iran', 'Russia', 'Moscow', 'Tehran'])} ${pick(random, VERBS)}`;
	for (const phrases of [NOUNS, PLACES, CIRCUMSTANCES]) {
		const fitting = phrases.filter(
			(phrase) =>
				!title.includes(phrase.split(' ').at(-1) ?? phrase) &&
				title.length + 1 + phrase.length <= target
		);
		if (!fitting.length) break;
		title = `${title} ${pick(random, fitting)}`;
	}
	return title;
}

/** One to three distinct references, as a real event cites each source once. */
function randomSources(random: Random): EventData['sources'] {
	const first = intBetween(random, 1, REFERENCE_COUNT);
	const gap = intBetween(random, 1, 6);
	return Array.from({ length: intBetween(random, 1, 3) }, (_, i) => ({
		ref: `ref-${pad(((first - 1 + i * gap) % REFERENCE_COUNT) + 1)}`,
		locator: `p. ${intBetween(random, 1, 300)}`
	}));
}

function randomEvent(random: Random, year: number): EventData & { key: string } {
	const start = randomDate(random, year);
	const title = randomTitle(random);
	const event: EventData & { key: string } = {
		key: start.key,
		id: '',
		date: start.iso,
		title,
		summary: `${title}. Officials on both sides describe it as *routine*, and observers as a sign of the times.`,
		lane: pick(random, LANES)[0],
		actors: ['IR', 'RU'],
		sources: randomSources(random),
		claims: [],
		...(random() < 0.5 ? { tags: [pick(random, TAGS)] } : {}),
		importance: pick(random, [1, 1, 1, 2, 2, 3] as const)
	};
	if (random() < 0.05 && year < LAST_YEAR) {
		event.end = randomDate(random, Math.min(LAST_YEAR, year + intBetween(random, 1, 4))).iso;
	}
	if (random() < 0.2) {
		event.claims.push({
			id: pick(random, CLAIMS),
			relation: pick(random, RELATIONS),
			note: 'The event bears on the claim in a way the timeline spells out.'
		});
	}
	return event;
}

function references(random: Random): TimelineData['references'] {
	return Array.from({ length: REFERENCE_COUNT }, (_, i) => {
		const year = intBetween(random, FIRST_YEAR, LAST_YEAR);
		return {
			id: `ref-${pad(i + 1)}`,
			type: pick(random, ['report', 'article-newspaper', 'book', 'article-journal'] as const),
			title: `Synthetic source ${i + 1}: ${pick(random, NOUNS)} ${pick(random, PLACES)}`,
			author: [{ family: pick(random, ['Ivanova', 'Karimi', 'Smith', 'Petrov']), given: 'A.' }],
			issued: { 'date-parts': [[year, intBetween(random, 1, 12)]] },
			...(i % 3 === 0 ? { URL: `https://example.org/sources/${i + 1}` } : {})
		};
	});
}

function periods(): PeriodData[] {
	return PERIODS.map(([start, label, discourse], i) => ({
		id: label.toLowerCase().replace(/\s+/g, '-'),
		start: String(start),
		end: String((PERIODS[i + 1]?.[0] ?? LAST_YEAR + 1) - 1),
		label,
		discourse,
		note: `From ${start} the dominant discourse reads as "${discourse}".`,
		sources: [{ ref: ARTICLE_ID }, { ref: `ref-${pad(i + 1)}` }]
	}));
}

/** A valid timeline of exactly `count` events over 1989–2025, sorted by date; same seed, same data. */
// No milestones: the file stays byte for byte what the side-by-side benchmark generates.
export function syntheticTimeline(count: number, seed = 1): Omit<TimelineData, 'milestones'> {
	if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
	const random = randomFrom(seed);
	const nextYear = yearPicker(random);
	const refs = references(random);
	const events = Array.from({ length: count }, () => randomEvent(random, nextYear()))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ key, ...event }, i) => ({ ...event, id: `e-${key.slice(0, 4)}-${i + 1}` }));
	return {
		meta: {
			format: 1,
			title: `Synthetic timeline of ${count} events`,
			subtitle: `Generated with seed ${seed} for benchmarks`,
			actors: [
				{ code: 'IR', name: 'Iran', color: '#007a5e' },
				{ code: 'RU', name: 'Russia', color: '#6a3d9a' }
			],
			language: 'en',
			license: 'CC0 1.0',
			description: 'Generated data that looks like a real timeline, for measuring the app.'
		},
		article: {
			publication: {
				id: ARTICLE_ID,
				type: 'article-journal',
				title: 'A synthetic article',
				author: [{ family: 'Example', given: 'E.' }],
				issued: { 'date-parts': [[2020]] }
			},
			claims: CLAIMS.map((id) => ({ id, text: `The article's claim "${id}".` }))
		},
		references: refs,
		lanes: LANES.map(([id, label]) => ({ id, label })),
		events,
		periods: periods(),
		stories: []
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [countArg, out] = process.argv.slice(2);
	const count = Number(countArg);
	if (!Number.isInteger(count) || count < 1) {
		console.error('usage: tsx scripts/synthetic.ts <count> [out.json]');
		process.exit(1);
	}
	const json = `${JSON.stringify(syntheticTimeline(count), null, '\t')}\n`;
	if (out) writeFileSync(out, json);
	else process.stdout.write(json);
}
