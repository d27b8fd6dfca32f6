// What the page and the worker that opens timelines say to each other.
import type { ImportActor, ImportFormat, ImportNote } from '../import/conversion';
import type { TimelineDetails } from '../model/details';
import type { WireTimeline } from '../model/wire';
import type { Citation } from '../server/citations';
import type { LocatedProblem } from '../validate/problem';

export interface OpenRequest {
	id: number;
	text: string;
	/** The file's name (or the address it came from), for messages. */
	name: string;
	/** The slug it is kept under. */
	slug: string;
	actors?: [ImportActor, ImportActor] | undefined;
	language: string;
	/** The site's root, where a Dyad events table's timeline is fetched from (export/<slug>/timeline.json). */
	siteRoot: string;
}

/** An opened timeline as its pages draw it. */
export interface OpenedTimeline {
	slug: string;
	format: ImportFormat;
	timeline: WireTimeline;
	details: TimelineDetails;
	articleCitation: Citation | undefined;
	files: { json: string; csv: string };
	warnings: ImportNote[];
}

export type OpenResponse =
	| { id: number; ok: true; opened: OpenedTimeline }
	| {
			id: number;
			ok: false;
			format: ImportFormat | undefined;
			problems: LocatedProblem[];
			warnings: ImportNote[];
	  };
