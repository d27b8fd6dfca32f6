// The timeline as the app uses it: validated, dates parsed, summaries parsed, references numbered.
import type { PartialDate } from '../dates/partial-date';
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

export type Meta = TimelineData['meta'];
export type Claim = ClaimData;
export type Lane = LaneData;
export type ClaimLink = ClaimLinkData;
export type SourceRef = SourceRefData;
export type Story = StoryData;

export interface Reference {
	/** 1-based position in the bibliography: the number readers see. */
	number: number;
	item: CslItem;
}

export interface TimelineEvent {
	id: string;
	date: PartialDate;
	end?: PartialDate;
	title: string;
	summary: Inline[];
	/** The summary without markup, for search and accessible names. */
	summaryText: string;
	lane: string;
	actors: string[];
	sources: SourceRef[];
	claims: ClaimLink[];
	tags: string[];
	importance: 1 | 2 | 3;
}

export interface Period {
	id: string;
	start: PartialDate;
	end: PartialDate;
	label: string;
	discourse: Discourse;
	note: string;
	sources: SourceRef[];
}

export interface Timeline {
	/** The data file's name without .json: the timeline's address. */
	slug: string;
	meta: Meta;
	article?: {
		publication: CslItem;
		claims: Claim[];
		/** How citations name it, e.g. "Sadegi 2020" (it is not a numbered reference). */
		label: string;
	};
	references: Reference[];
	lanes: Lane[];
	/** In time order. */
	events: TimelineEvent[];
	/** In time order. */
	periods: Period[];
	stories: Story[];
}
