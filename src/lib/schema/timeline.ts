// The timeline file format, defined once: types, runtime validation and the JSON Schema derive from it.
import { z } from 'zod';
import { cslItem } from './csl';
import { LIMITS } from './limits';
import { hexColor, id, partialDate } from './primitives';

export const FORMAT_VERSION = 1;

export const DISCOURSES = ['opponent', 'competitor', 'colleague', 'friend', 'ally'] as const;
export const RELATIONS = ['supports', 'qualifies', 'contradicts', 'context'] as const;

/** Text of at most `max` characters (after trimming); `hint` says what to do with a longer one. */
const text = (max: number, hint = 'shorten it') =>
	z.string().trim().min(1, 'must not be empty').max(max, hint);

const actor = z.strictObject({
	code: z
		.string()
		.regex(/^[A-Z]{2}$/, 'use the ISO 3166-1 alpha-2 code, e.g. "IR"')
		.meta({ description: 'ISO 3166-1 alpha-2 code' }),
	name: text(LIMITS.title),
	color: hexColor.meta({ description: 'Colour that marks this actor' })
});

const meta = z.strictObject({
	format: z.literal(FORMAT_VERSION).meta({ description: 'Version of the timeline format' }),
	title: text(LIMITS.title),
	subtitle: text(LIMITS.title).optional(),
	actors: z.tuple([actor, actor]).meta({ description: 'The two states of the relationship' }),
	language: z
		.string()
		.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 tag such as "en" or "fa-IR"'),
	license: text(LIMITS.short),
	description: text(LIMITS.note)
});

const claim = z.strictObject({
	id,
	text: text(LIMITS.sentence).meta({ description: "The claim in the project's words" }),
	quote: text(LIMITS.note)
		.optional()
		.meta({ description: 'Verbatim passage of the publication it rests on' })
});

const article = z.strictObject({
	publication: cslItem.meta({ description: 'The publication the timeline is built around' }),
	claims: z.array(claim).min(1)
});

const lane = z.strictObject({
	id,
	label: text(LIMITS.label),
	description: text(LIMITS.sentence).optional()
});

const sourceRef = z.strictObject({
	ref: id.meta({ description: "A reference's id (or the article's)" }),
	locator: text(LIMITS.short).optional().meta({ description: 'Page, section or paragraph' })
});

const claimLink = z.strictObject({
	id: id.meta({ description: "A claim's id" }),
	relation: z.enum(RELATIONS),
	note: text(LIMITS.note).meta({ description: 'One sentence saying why' })
});

const event = z.strictObject({
	id,
	date: partialDate,
	end: partialDate.optional().meta({ description: 'Last date of a range, at its precision' }),
	title: text(LIMITS.title),
	summary: text(LIMITS.summary, 'shorten it or move detail to a source').meta({
		description: 'Plain text; *emphasis* and [links](https://…) allowed'
	}),
	lane: id.meta({ description: "A lane's id" }),
	actors: z.array(z.string().regex(/^[A-Z]{2}$/, 'use ISO 3166-1 alpha-2 codes')).optional(),
	side: z
		.union([
			z.enum(['both', 'other']),
			z.string().regex(/^[A-Z]{2}$/, 'use one of the two actors\' codes, "both" or "other"')
		])
		.optional()
		.meta({
			description:
				'Who acted, which colours the mark: one of the two actors\' codes, "both", or "other" (a third party)'
		}),
	sources: z.array(sourceRef).min(1, 'every event needs at least one source'),
	claims: z.array(claimLink),
	tags: z.array(text(LIMITS.short)).optional(),
	importance: z
		.union([z.literal(1), z.literal(2), z.literal(3)])
		.optional()
		.meta({
			description: '3: milestone, 2: significant, 1: detail'
		})
});

const period = z.strictObject({
	id,
	start: partialDate,
	end: partialDate,
	label: text(LIMITS.label),
	discourse: z.enum(DISCOURSES),
	note: text(LIMITS.note),
	sources: z.array(sourceRef).min(1, 'every period needs at least one source')
});

const milestone = z
	.strictObject({
		id,
		label: text(40, 'shorten it: a milestone label is always drawn whole').meta({
			description: 'Short label drawn above the plot, always whole'
		}),
		event: id
			.optional()
			.meta({ description: "The event that dates it; its date is the milestone's" }),
		date: partialDate
			.optional()
			.meta({ description: 'The date, at its precision, when no single event dates it' })
	})
	.meta({
		description: 'A turning point drawn across every lane at every zoom: an event or a date'
	});

const rangeTarget = z.strictObject({ from: partialDate, to: partialDate });

const storyStep = z.strictObject({
	caption: text(LIMITS.sentence),
	notes: text(LIMITS.notes).optional(),
	range: rangeTarget.optional(),
	event: id.optional(),
	period: id.optional(),
	claim: id.optional()
});

const story = z.strictObject({
	id,
	title: text(LIMITS.label),
	steps: z.array(storyStep).min(1)
});

export const TOO_MANY_EVENTS = `a timeline holds at most ${LIMITS.events.toLocaleString('en-GB')} events: split it into several timelines (one per period, say)`;

export const timelineSchema = z
	.strictObject({
		$schema: z.string().optional(),
		meta,
		article: article.optional(),
		references: z.array(cslItem),
		lanes: z.array(lane).min(1),
		events: z.array(event).min(1).max(LIMITS.events, TOO_MANY_EVENTS),
		periods: z.array(period).default([]),
		milestones: z.array(milestone).default([]),
		stories: z.array(story).default([])
	})
	.meta({
		title: 'Dyad timeline',
		description: 'A sourced timeline of the relationship between two states'
	});

export type TimelineInput = z.input<typeof timelineSchema>;
export type TimelineData = z.output<typeof timelineSchema>;
export type EventData = TimelineData['events'][number];
export type PeriodData = TimelineData['periods'][number];
export type ClaimData = NonNullable<TimelineData['article']>['claims'][number];
export type LaneData = TimelineData['lanes'][number];
export type SourceRefData = EventData['sources'][number];
export type ClaimLinkData = EventData['claims'][number];
export type StoryData = TimelineData['stories'][number];
export type MilestoneData = TimelineData['milestones'][number];
export type Discourse = (typeof DISCOURSES)[number];
export type Relation = (typeof RELATIONS)[number];
