// The translation file format: a timeline's own text in another language, in a companion file beside
// it (`data/<slug>.<language>.json`), keyed by the ids of the timeline. Types, runtime validation and
// the JSON Schema derive from it; validate/translation.ts checks the ids against the timeline.
import { z } from 'zod';
import { LIMITS } from './limits';
import { id } from './primitives';

const text = (max: number, hint = 'shorten it') =>
	z.string().trim().min(1, 'must not be empty').max(max, hint);

/** An object keyed by the timeline's ids of one kind, each with the translated fields of one item. */
const byId = <T extends z.ZodType>(item: T, kind: string) =>
	z
		.record(id, item)
		.optional()
		.meta({ description: `Translations keyed by ${kind} id; an id left out keeps its original` });

const meta = z.strictObject({
	title: text(LIMITS.title).optional(),
	subtitle: text(LIMITS.title).optional(),
	description: text(LIMITS.note).optional()
});

const lane = z.strictObject({
	label: text(LIMITS.label).optional(),
	description: text(LIMITS.sentence).optional()
});

const period = z.strictObject({
	label: text(LIMITS.label).optional(),
	note: text(LIMITS.note).optional()
});

const event = z.strictObject({
	title: text(LIMITS.title).optional(),
	summary: text(LIMITS.summary, 'shorten it or move detail to a source')
		.optional()
		.meta({ description: 'Plain text; *emphasis* and [links](https://…) allowed' }),
	claims: z
		.record(id, text(LIMITS.note))
		.optional()
		.meta({ description: "Each claim link's note, keyed by the linked claim's id" })
});

const milestone = z.strictObject({
	label: text(40, 'shorten it: a milestone label is always drawn whole').optional()
});

const claim = z.strictObject({
	text: text(LIMITS.sentence).optional(),
	quote: text(LIMITS.note).optional().meta({
		description:
			'A translation of the quoted passage: shown beside the original, which stays as it is'
	})
});

const step = z.strictObject({
	caption: text(LIMITS.sentence).optional(),
	notes: text(LIMITS.notes).optional()
});

const story = z.strictObject({
	title: text(LIMITS.label).optional(),
	steps: z
		.array(step)
		.optional()
		.meta({ description: "The story's steps in order: as many as it has, or fewer" })
});

export const TRANSLATION_FORMAT = 1;

export const translationSchema = z
	.strictObject({
		$schema: z.string().optional(),
		format: z
			.literal(TRANSLATION_FORMAT)
			.meta({ description: 'Version of the translation format' }),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 tag such as "ru" or "fa"')
			.meta({ description: "The translation's language: the file's name ends with it" }),
		reviewed: z.boolean().meta({
			description:
				'Whether someone who reads both languages has checked it against the original; readers are told when not'
		}),
		translator: text(LIMITS.short)
			.optional()
			.meta({ description: 'Who translated it (or with what), as readers may be told' }),
		meta: meta.optional(),
		actors: z
			.record(
				z.string().regex(/^[A-Z]{2}$/, "use the actors' ISO 3166-1 codes"),
				text(LIMITS.title)
			)
			.optional()
			.meta({ description: "The actors' names, keyed by their codes" }),
		lanes: byId(lane, 'lane'),
		periods: byId(period, 'period'),
		events: byId(event, 'event'),
		milestones: byId(milestone, 'milestone'),
		claims: byId(claim, 'claim'),
		stories: byId(story, 'story')
	})
	.meta({
		title: 'Dyad timeline translation',
		description: "A timeline's own text in another language, keyed by the timeline's ids"
	});

export type TranslationData = z.output<typeof translationSchema>;
