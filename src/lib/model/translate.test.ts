import { describe, expect, it } from 'vitest';
import { validTimeline } from '../validate/test-fixture';
import { validateTimeline } from '../validate/validate';
import type { TranslationData } from '../schema/translation';
import { buildTimeline } from './build';
import { langOf } from './timeline';
import { translate } from './translate';

function timeline() {
	const input = validTimeline();
	input.article!.claims[0]!.quote =
		'Aggravation of the Syrian crisis has led to strengthening ties.';
	input.milestones = [{ id: 'turn', label: 'The turn', event: 'first' }];
	input.stories = [
		{
			id: 'story',
			title: 'A story',
			steps: [{ caption: 'One', notes: 'Notes one.' }, { caption: 'Two' }]
		}
	];
	const result = validateTimeline(JSON.stringify(input), 'data/test.json');
	if (!result.ok) throw new Error('fixture is invalid');
	return buildTimeline('test', result.data);
}

const RU: TranslationData = {
	format: 1,
	language: 'ru',
	reviewed: false,
	meta: { title: 'Тестовая хронология' },
	actors: { RU: 'Россия' },
	lanes: { operations: { label: 'Операции' } },
	events: {
		first: { title: 'Первое событие', summary: 'Что-то *произошло*.', claims: { syria: 'Потому.' } }
	},
	claims: {
		syria: { text: 'Сирия укрепила связи.', quote: 'Обострение сирийского кризиса укрепило связи.' }
	},
	milestones: { turn: { label: 'Поворот' } },
	stories: { story: { steps: [{ caption: 'Один' }] } }
};

describe('translate', () => {
	it('leaves a timeline as it is on a page in its own language', () => {
		const original = timeline();
		expect(translate(original, 'en', RU)).toBe(original);
	});

	it('gives each text its translation, and marks every text left in the original with its language', () => {
		const ru = translate(timeline(), 'ru', RU);
		expect(ru.meta.title).toBe('Тестовая хронология');
		expect(langOf(ru.meta, 'title')).toBeUndefined();
		expect(ru.meta.description).toBe('A fixture.');
		expect(langOf(ru.meta, 'description')).toBe('en');

		const first = ru.events.find((event) => event.id === 'first')!;
		expect(first.title).toBe('Первое событие');
		expect(first.lang).toBeUndefined();
		expect(first.summaryText).toBe('Что-то произошло.');
		expect(first.summary).toContainEqual({
			type: 'emphasis',
			children: [{ type: 'text', value: 'произошло' }]
		});
		expect(first.summaryLang).toBeUndefined();
		expect(first.claims[0]).toMatchObject({ note: 'Потому.' });
		expect(langOf(first.claims[0]!, 'note')).toBeUndefined();

		const second = ru.events.find((event) => event.id === 'second')!;
		expect(second.title).toBe('Second event');
		expect(langOf(second, 'title')).toBe('en');
		expect(second.summaryLang).toBe('en');

		expect(ru.actors.map((actor) => [actor.name, langOf(actor, 'name')])).toEqual([
			['Iran', 'en'],
			['Россия', undefined]
		]);
		expect(ru.meta.actors[1]!.name).toBe('Россия');
		expect(ru.lanes.map((lane) => [lane.label, langOf(lane, 'label')])).toEqual([
			['Arms', 'en'],
			['Операции', undefined]
		]);
		expect(ru.periods[0]!.lang).toEqual({ label: 'en', note: 'en' });
		expect(ru.milestones[0]!.label).toBe('Поворот');
		expect(ru.stories[0]!.steps.map((step) => [step.caption, step.lang])).toEqual([
			['Один', { notes: 'en' }],
			['Two', { caption: 'en' }]
		]);
		expect(ru.translation).toEqual({
			language: 'ru',
			original: 'en',
			translated: true,
			reviewed: false
		});
	});

	it('keeps the article’s words as they are, in their language, with their translation beside', () => {
		const claim = translate(timeline(), 'ru', RU).article!.claims[0]!;
		expect(claim.text).toBe('Сирия укрепила связи.');
		expect(claim.quote).toBe('Aggravation of the Syrian crisis has led to strengthening ties.');
		expect(langOf(claim, 'quote')).toBe('en');
		expect(claim.quoteTranslation).toBe('Обострение сирийского кризиса укрепило связи.');
	});

	it('marks every text as the original’s where a language has no translation', () => {
		const fa = translate(timeline(), 'fa', RU);
		expect(fa.meta.title).toBe('Test timeline');
		expect(langOf(fa.meta, 'title')).toBe('en');
		expect(fa.events.every((event) => langOf(event, 'title') === 'en')).toBe(true);
		expect(fa.translation).toMatchObject({ language: 'fa', translated: false });
	});
});
