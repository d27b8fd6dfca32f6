// Where a timeline's pages are: the site's own, under its scope (paths.ts), or, for a timeline a
// reader opened (/open/), the /open/ pages with the key that finds it again (its slug in this
// browser, or the address it was fetched from). Components link through these, not the routes.
import { resolve } from '$app/paths';
import {
	detailsPath,
	embedPath,
	explorerPath,
	handoutPath,
	presenterPath,
	stepPath
} from './paths';

export interface Places {
	explorer: string;
	step(story: string, step: number): string;
	/** The presenter's window, where there is one (not for an opened timeline). */
	presenter?: ((story: string) => string) | undefined;
	handout: string;
	/** The embed, where another page can load it (not a timeline kept only in this browser). */
	embed: string | undefined;
	/** The timeline's details file, where pages fetch them (opened timelines carry them). */
	details: string | undefined;
	/** The data files to download, where the site serves them (opened ones are saved from the page). */
	downloads: { json: string; csv: string; bib: string; ris: string } | undefined;
}

export function sitePlaces(scope: string, slug: string): Places {
	const file = (file: string) => resolve('/export/[slug]/[file]', { slug, file });
	return {
		explorer: explorerPath(scope),
		step: (story, step) => stepPath(scope, story, step),
		presenter: (story) => presenterPath(scope, story),
		handout: handoutPath(scope),
		embed: embedPath(scope),
		details: detailsPath(scope),
		downloads: {
			json: file('timeline.json'),
			csv: file('events.csv'),
			bib: file('references.bib'),
			ris: file('references.ris')
		}
	};
}

/** How an opened timeline is found again: by its slug in this browser, or by its address. */
export type OpenedKey = { t: string } | { src: string };

export function openedQuery(key: OpenedKey, more: Record<string, string> = {}): string {
	const query = new URLSearchParams({ ...key, ...more });
	return `?${query.toString()}`;
}

export function openedPlaces(key: OpenedKey): Places {
	const page = (path: '/open' | '/open/present' | '/open/handout' | '/open/embed') =>
		`${resolve(path)}/`;
	return {
		explorer: `${page('/open')}${openedQuery(key)}`,
		step: (story, step) =>
			`${page('/open/present')}${openedQuery(key, { story, step: String(step) })}`,
		handout: `${page('/open/handout')}${openedQuery(key)}`,
		embed: 'src' in key ? `${page('/open/embed')}${openedQuery(key)}` : undefined,
		details: undefined,
		downloads: undefined
	};
}
