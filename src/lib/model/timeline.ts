// The timeline as the app uses it: validated, dates parsed, summaries parsed, references numbered.
import type { PartialDate, Span } from '../dates/partial-date';
import type { Inline } from '../markdown/inline';
import type { CslItem } from '../schema/csl';
import type {
	ClaimData,
	ClaimLinkData,
	Discourse,
	LaneData,
	SourceRefData,
	StoryData,
	TimelineData
} from '../schema/timeline';

/**
 * The language of each of an item's texts that is not in the page's language: a text no translation
 * gives stays in the timeline's own language, and says so (a `lang` attribute where it is shown).
 */
export interface TextLanguages<K extends string> {
	lang?: Partial<Record<K, string>>;
}

type MetaActor = TimelineData['meta']['actors'][number] & TextLanguages<'name'>;
export type Meta = Omit<TimelineData['meta'], 'actors'> & {
	actors: [MetaActor, MetaActor];
} & TextLanguages<'title' | 'subtitle' | 'description'>;
export type Claim = ClaimData &
	TextLanguages<'text' | 'quote'> & {
		/** A translation of the quoted passage, shown beside the original (which stays as it is). */
		quoteTranslation?: string;
	};
export type Lane = LaneData & TextLanguages<'label' | 'description'>;
export type ClaimLink = ClaimLinkData & TextLanguages<'note'>;
export type SourceRef = SourceRefData;
export type StoryStep = StoryData['steps'][number] & TextLanguages<'caption' | 'notes'>;
export type Story = Omit<StoryData, 'steps'> & TextLanguages<'title'> & { steps: StoryStep[] };

/** The language of one of an item's texts, where it is not the page's; undefined where it is. */
export function langOf<K extends string>(item: TextLanguages<K>, field: K): string | undefined {
	return item.lang?.[field];
}

/** What language a timeline's text is in on a page in another language than the timeline's own. */
export interface TextTranslation {
	/** The page's language, which translated texts are in. */
	language: string;
	/** The timeline's own language, which untranslated texts stay in. */
	original: string;
	/** Whether a translation gives any of the texts. */
	translated: boolean;
	/** Whether someone has checked the translation against the original. */
	reviewed: boolean;
	translator?: string;
}

export interface Reference {
	/** 1-based position in the bibliography: the number readers see. */
	number: number;
	item: CslItem;
}

/** A reference as pages in the browser know it: they show it through its formatted citation. */
export interface ReferenceHead {
	number: number;
	item: Pick<CslItem, 'id' | 'type'>;
}

/** A date of the data with how readers see it, written once by the model in the timeline's language. */
export type LabelledDate = PartialDate & {
	/** "2015", "September 2015", "30 September 2015". */
	label: string;
};

/**
 * An event as every page has it: what the chart, the lists, the filters by lane and claim and the
 * search by title need.
 */
export interface TimelineEvent {
	id: string;
	date: LabelledDate;
	end?: LabelledDate;
	/** The date or range as readers see it: "30 September 2015", "2014 – 2016". */
	when: string;
	/** From the start of `date` to the end of `end` (or of `date`), computed once by the model. */
	span: Span;
	/** The middle of the span, in UTC ms: where a mark for the whole event sits. */
	mid: number;
	title: string;
	lane: string;
	/** Who acted, for the mark's fill: the first or second of the two actors, both, or a third party. */
	side?: Side;
	claims: ClaimLink[];
	importance: 1 | 2 | 3;
	/** The language of its title where it is not the page's. */
	lang?: { title?: string };
}

/**
 * What an event says beyond its title, and where it comes from: the model has it, and pages in the
 * browser fetch the summary and sources when they first show or search them
 * (view/event-details.svelte.ts), so a page's data does not carry them.
 */
export interface EventText {
	summary: Inline[];
	/** The summary without markup, for search and accessible names. */
	summaryText: string;
	/** The summary's language where it is not the page's. */
	summaryLang?: string;
	sources: SourceRef[];
}

/** What the data file says of an event that only the files written from it (JSON, CSV) need. */
export interface EventFileFacts {
	actors: string[];
	tags: string[];
}

/** An event as the model builds it: with its text, sources and the rest of what its data says. */
export type ModelEvent = TimelineEvent & EventText & EventFileFacts;

export interface Period {
	id: string;
	start: LabelledDate;
	end: LabelledDate;
	/** Its dates as readers see them. */
	when: string;
	/** How long it lasts: "6 years". */
	length: string;
	/** From the start of `start` to the end of `end`. */
	span: Span;
	label: string;
	discourse: Discourse;
	note: string;
	sources: SourceRef[];
	lang?: { label?: string; note?: string };
}

/** A turning point, drawn across every lane at every zoom. */
export interface Milestone {
	id: string;
	label: string;
	/** The event that dates it, if one does. */
	event?: string;
	/** Its date: the event's, or its own. */
	date: LabelledDate;
	/** Its date as readers see it. */
	when: string;
	/** Where its rule is drawn, in UTC ms: the event's mark, or the middle of its date. */
	at: number;
	lang?: { label?: string };
}

export type Side = 'first' | 'second' | 'both' | 'other';

/** One of the two actors, with its colour made to stand out in each theme. */
export interface Actor {
	code: string;
	name: string;
	/** The name's language where it is not the page's. */
	lang?: { name?: string };
	light: string;
	dark: string;
}

export interface Timeline {
	/** The data file's name without .json: the timeline's address. */
	slug: string;
	meta: Meta;
	/** The two actors of `meta`, in order, with their colours for each theme. */
	actors: [Actor, Actor];
	article?: {
		publication: CslItem;
		claims: Claim[];
		/** How citations name it, e.g. "Sadegi 2020" (it is not a numbered reference). */
		label: string;
		/** The time its publication date covers, when `issued` gives one. */
		span?: Span;
	};
	references: Reference[];
	lanes: Lane[];
	/** In time order. */
	events: ModelEvent[];
	/** In time order. */
	periods: Period[];
	/** In time order. */
	milestones: Milestone[];
	stories: Story[];
	/**
	 * The chart's full extent: from the earliest event or period start to the latest event end;
	 * the current UTC year when there are no events.
	 */
	span: Span;
	/** The first event's year and the latest year an event reaches; undefined with no events. */
	years: YearRange | undefined;
	/** Present on a page in another language than the timeline's: how much of its text is translated. */
	translation?: TextTranslation;
}

/**
 * The timeline as pages in the browser have it (model/wire.ts): references by their heads, events
 * without their text.
 */
export type BrowserTimeline = Omit<Timeline, 'references' | 'events'> & {
	references: ReferenceHead[];
	events: TimelineEvent[];
};

export interface YearRange {
	first: number;
	last: number;
}
