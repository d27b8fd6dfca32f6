import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema, translationJsonSchema } from '../schema/json-schema';
import type { TranslationData } from '../schema/translation';
import { validateTranslation } from '../validate/translation';
import { reportLines, validateTimeline } from '../validate/validate';
import {
	isTimelineFile,
	SCHEMA_FILE,
	TRANSLATION_SCHEMA_FILE,
	translationFileOf
} from './data-files';
import { loadTimeline } from './load';

const files = readdirSync('data')
	.filter(isTimelineFile)
	.map((name) => `data/${name}`);

describe('the shipped data', () => {
	it('has at least one timeline', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it.each(files)('%s passes validation', (file) => {
		const result = validateTimeline(readFileSync(file, 'utf8'), file);
		expect(result.ok ? [] : reportLines(result.problems)).toEqual([]);
	});

	it.each(files)('%s names the JSON Schema for editors', (file) => {
		expect(JSON.parse(readFileSync(file, 'utf8')).$schema).toBe(`./${SCHEMA_FILE}`);
	});

	it('data/timeline.schema.json is generated from the current schema (run `npm run schema`)', () => {
		const onDisk = JSON.parse(readFileSync(`data/${SCHEMA_FILE}`, 'utf8'));
		expect(onDisk).toEqual(timelineJsonSchema());
	});

	it('data/translation.schema.json is generated from the current schema (run `npm run schema`)', () => {
		const onDisk = JSON.parse(readFileSync(`data/${TRANSLATION_SCHEMA_FILE}`, 'utf8'));
		expect(onDisk).toEqual(translationJsonSchema());
	});

	const translations = readdirSync('data').flatMap((name) => {
		const of = translationFileOf(name);
		return of ? [{ file: `data/${name}`, ...of }] : [];
	});

	it.each(translations)('$file passes validation against its timeline', ({ file, slug }) => {
		const timeline = validateTimeline(readFileSync(`data/${slug}.json`, 'utf8'), file);
		if (!timeline.ok) throw new Error(`data/${slug}.json is invalid`);
		const result = validateTranslation(readFileSync(file, 'utf8'), file, timeline.data);
		expect(result.ok ? [] : reportLines(result.problems)).toEqual([]);
		expect(JSON.parse(readFileSync(file, 'utf8')).$schema).toBe(`./${TRANSLATION_SCHEMA_FILE}`);
	});
});

describe('the Iran–Russia timeline', () => {
	const timeline = loadTimeline(
		'data/iran-russia.json',
		readFileSync('data/iran-russia.json', 'utf8')
	);
	const ids = new Set(timeline.events.map((e) => e.id));

	it('has at least 50 events from 1989 to 2025', () => {
		expect(timeline.events.length).toBeGreaterThanOrEqual(50);
		expect(timeline.events[0]!.date.year).toBe(1989);
		expect(Math.max(...timeline.events.map((e) => e.date.year))).toBe(2025);
	});

	it('lists the article’s ten references first, in the article’s order', () => {
		expect(timeline.references.slice(0, 10).map((r) => r.item.id)).toEqual([
			'loisel-2005',
			'larsen-2005',
			'chernysh-2010',
			'cohen-2001',
			'kassianova-2006',
			'trenin-2010',
			'sazhin-2019',
			'stuster-2015',
			'grebenkina-2015',
			'wood-2015'
		]);
	});

	it('puts events in every lane and links every claim to some event', () => {
		for (const lane of timeline.lanes) {
			expect(
				timeline.events.some((e) => e.lane === lane.id),
				lane.id
			).toBe(true);
		}
		for (const claim of timeline.article!.claims) {
			expect(
				timeline.events.some((e) => e.claims.some((c) => c.id === claim.id)),
				claim.id
			).toBe(true);
		}
	});

	it('covers the milestones the article turns on', () => {
		const dates = timeline.events.map((e) => e.date.iso);
		expect(dates).toContain('2015-09-30'); // the Russian air campaign in Syria begins
		expect(dates).toContain('2015-07-20'); // resolution 2231 adopted
		expect(dates).toContain('2020-10-18'); // its arms restrictions end
		expect(timeline.events.some((e) => e.date.year === 2014)).toBe(true);
		expect(ids.size).toBe(timeline.events.length);
	});

	it('describes periods that follow one another on the discourse scale', () => {
		expect(timeline.periods.length).toBeGreaterThanOrEqual(4);
		for (const [i, period] of timeline.periods.entries()) {
			const next = timeline.periods[i + 1];
			if (next) expect(next.start.iso >= period.start.iso, period.id).toBe(true);
		}
	});
});

describe('the Iran–Russia timeline’s translations', () => {
	const source = JSON.parse(readFileSync('data/iran-russia.json', 'utf8'));
	const read = (language: string): TranslationData =>
		JSON.parse(readFileSync(`data/iran-russia.${language}.json`, 'utf8'));

	it.each(['ru', 'fa'])(
		'%s gives every title, summary, label, claim and step, and is not reviewed',
		(language) => {
			const t = read(language);
			expect(t.reviewed).toBe(false);
			expect(Object.keys(t.meta ?? {}).sort()).toEqual(['description', 'subtitle', 'title']);
			for (const event of source.events) {
				const given = t.events?.[event.id];
				expect(given?.title, event.id).toBeTruthy();
				expect(given?.summary, event.id).toBeTruthy();
				for (const link of event.claims)
					expect(given?.claims?.[link.id], `${event.id} → ${link.id}`).toBeTruthy();
			}
			for (const lane of source.lanes) expect(t.lanes?.[lane.id]?.label, lane.id).toBeTruthy();
			for (const period of source.periods)
				expect(t.periods?.[period.id]?.label, period.id).toBeTruthy();
			for (const m of source.milestones) expect(t.milestones?.[m.id]?.label, m.id).toBeTruthy();
			for (const claim of source.article.claims) {
				expect(t.claims?.[claim.id]?.text, claim.id).toBeTruthy();
				expect(t.claims?.[claim.id]?.quote, claim.id).toBeTruthy();
			}
			for (const story of source.stories) {
				const steps = t.stories?.[story.id]?.steps ?? [];
				expect(steps).toHaveLength(story.steps.length);
				story.steps.forEach((step: { notes?: string }, index: number) => {
					expect(steps[index]?.caption, `${story.id} ${index + 1}`).toBeTruthy();
					if (step.notes) expect(steps[index]?.notes, `${story.id} ${index + 1}`).toBeTruthy();
				});
			}
		}
	);

	// Each place and name as the language writes it: wherever the English names it, so does the translation.
	it.each([
		['Hamadan', 'Хамадан', 'همدان'],
		['Bushehr', 'Бушер', 'بوشهر'],
		['Shoigu', 'Шойгу', 'شویگو'],
		['Rafsanjani', 'Рафсанджани', 'رفسنجانی'],
		['Rosatom', 'Росатом', 'روس‌اتم']
	])('writes %s as %s and %s', (english, russian, persian) => {
		const ru = read('ru');
		const fa = read('fa');
		const named = source.events.filter((event: { title: string; summary: string }) =>
			`${event.title} ${event.summary}`.includes(english)
		);
		expect(named.length).toBeGreaterThan(0);
		for (const event of named) {
			const text = (t: TranslationData) =>
				`${t.events?.[event.id]?.title} ${t.events?.[event.id]?.summary}`;
			expect(text(ru), event.id).toContain(russian);
			expect(text(fa), event.id).toContain(persian);
		}
	});
});
