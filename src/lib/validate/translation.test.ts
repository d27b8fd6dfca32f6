import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../schema/timeline';
import { formatPath } from './json-source';
import { validTimeline } from './test-fixture';
import { validateTranslation } from './translation';
import { validateTimeline } from './validate';

function timeline(): TimelineData {
	const input = validTimeline();
	input.stories = [{ id: 'story', title: 'A story', steps: [{ caption: 'One' }] }];
	const result = validateTimeline(JSON.stringify(input), 'data/test.json');
	if (!result.ok) throw new Error('fixture is invalid');
	return result.data;
}

function translation(): Record<string, unknown> {
	return {
		format: 1,
		language: 'ru',
		reviewed: false,
		meta: { title: 'Тестовая хронология' },
		actors: { IR: 'Иран' },
		lanes: { arms: { label: 'Оружие' } },
		events: {
			first: {
				title: 'Первое событие',
				summary: 'Что-то *произошло*.',
				claims: { syria: 'Потому.' }
			}
		},
		claims: { syria: { text: 'Сирия укрепила связи.' } },
		stories: { story: { steps: [{ caption: 'Один' }] } }
	};
}

function check(
	change: (t: Record<string, unknown>) => void = () => {},
	file = 'data/test.ru.json'
) {
	const given = translation();
	change(given);
	return validateTranslation(JSON.stringify(given, null, 2), file, timeline());
}

function problems(change: (t: Record<string, unknown>) => void, file?: string) {
	const result = check(change, file);
	if (result.ok) throw new Error('expected problems, found none');
	return result.problems.map((p) => ({
		where: `${p.line}:${p.column}`,
		path: formatPath(p.path),
		message: p.message,
		hint: p.hint
	}));
}

const events = (t: Record<string, unknown>) => t.events as Record<string, Record<string, unknown>>;

describe('validateTranslation', () => {
	it('accepts a translation of some of the texts and parses its summaries', () => {
		const result = check();
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.data.events?.first?.title).toBe('Первое событие');
			expect(result.summaries.get('Что-то *произошло*.')).toBeDefined();
		}
	});

	it('reports an id the timeline does not have at its name, with the id it likely meant', () => {
		const [problem] = problems((t) => {
			events(t).frist = events(t).first!;
			delete events(t).first;
		});
		expect(problem).toMatchObject({
			path: 'events.frist',
			message: 'unknown event "frist": the timeline has no such event',
			hint: 'did you mean "first"?'
		});
		// The line of the key itself, as an editor shows it.
		const text = JSON.stringify(
			{ ...translation(), events: { frist: events(translation()).first } },
			null,
			2
		);
		const line = text.split('\n').findIndex((l) => l.includes('"frist"')) + 1;
		expect(problem!.where).toBe(`${line}:5`);
	});

	it.each<[string, (t: Record<string, unknown>) => void, string, string]>([
		[
			'an unknown lane',
			(t) => ((t.lanes as Record<string, unknown>).weapons = { label: 'x' }),
			'lanes.weapons',
			'unknown lane "weapons": the timeline has no such lane'
		],
		[
			'a key that is no id',
			(t) => (events(t)['First Event'] = { title: 'x' }),
			'events["First Event"]',
			'"First Event" is not a valid key: ids are lower-case words joined by hyphens'
		],
		[
			'an unknown actor',
			(t) => ((t.actors as Record<string, unknown>).TR = 'Турция'),
			'actors.TR',
			'unknown actor "TR": the timeline has no such actor'
		],
		[
			'an unknown claim',
			(t) => (t.claims = { syrian: { text: 'x' } }),
			'claims.syrian',
			'unknown claim "syrian": the timeline has no such claim'
		],
		[
			'an unknown story',
			(t) => (t.stories = { other: { title: 'x' } }),
			'stories.other',
			'unknown story "other": the timeline has no such story'
		],
		[
			'a note for a claim the event does not link to',
			(t) => (events(t).first!.claims = { 'since-2014': 'x' }),
			'events.first.claims["since-2014"]',
			'event "first" does not link to the claim "since-2014"'
		],
		[
			'more steps than the story has',
			(t) => (t.stories = { story: { steps: [{ caption: 'Один' }, { caption: 'Два' }] } }),
			'stories.story.steps[1]',
			'the story "story" has 1 step(s); this is step 2'
		],
		[
			'a summary with raw HTML',
			(t) => (events(t).first!.summary = 'Что-то <script>alert(1)</script>'),
			'events.first.summary',
			'summary:'
		],
		[
			'a field the format does not have',
			(t) => (events(t).first!.summery = 'x'),
			'events.first.summery',
			'unknown field "summery"'
		],
		[
			'an empty title',
			(t) => (events(t).first!.title = ' '),
			'events.first.title',
			'must not be empty'
		]
	])('reports %s', (_name, change, path, message) => {
		const found = problems(change);
		expect(found.map((p) => p.path)).toContain(path);
		expect(found.find((p) => p.path === path)!.message).toContain(message);
	});

	it('requires the language its file name gives, other than the timeline’s, and one the site has', () => {
		expect(problems(() => {}, 'data/test.fa.json')[0]).toMatchObject({
			path: 'language',
			message: 'the file\'s name says "fa" but "language" is "ru"'
		});
		expect(problems((t) => (t.language = 'en'), 'data/test.en.json')[0]).toMatchObject({
			message: 'the timeline is already in "en"'
		});
		expect(problems((t) => (t.language = 'de'), 'data/test.de.json')[0]).toMatchObject({
			message: 'the site has no pages in "de"'
		});
	});

	it('requires "reviewed" to say whether it has been checked', () => {
		expect(problems((t) => delete t.reviewed)[0]).toMatchObject({
			path: 'reviewed',
			message: 'missing required field "reviewed"'
		});
	});

	it('reports a syntax error at its place', () => {
		const result = validateTranslation('{\n  "format": 1,\n}', 'data/test.ru.json', timeline());
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 3 });
	});
});
