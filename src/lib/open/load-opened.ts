// An opened timeline found again by its key (kept in this browser, or at an address) or made from a
// file the reader gives, through the worker; a valid one is kept in this browser under its slug.
import type { ImportActor } from '../import/conversion';
import { slugify } from '../import/conversion';
import { fromWire } from '../model/wire';
import type { ExplorerData } from '../server/explorer-data';
import { openedPlaces, type OpenedKey } from '../places';
import { openInWorker } from './client';
import { fetchSource } from './fetch-source';
import type { OpenedTimeline, OpenResponse } from './protocol';
import { keep, kept } from './store';

export type Outcome =
	| { status: 'opened'; opened: OpenedTimeline; key: OpenedKey }
	| {
			status: 'invalid';
			response: Extract<OpenResponse, { ok: false }>;
			text: string;
			name: string;
	  }
	| { status: 'failed'; message: string };

/** The slug a file is kept under: its name without the extension, as an id. */
export function slugOfName(name: string): string {
	const last =
		name
			.replace(/[?#].*$/, '')
			.replace(/\/+$/, '')
			.split('/')
			.at(-1) ?? name;
	return slugify(last.replace(/\.(json|csv|txt)$/i, ''), 'timeline');
}

export interface OpenContext {
	/** The site's root address, where a Dyad events table's timeline is fetched from. */
	siteRoot: string;
	language: string;
	actors?: [ImportActor, ImportActor] | undefined;
}

/** Opens a file's text; a valid timeline is kept in this browser. */
export async function openText(
	text: string,
	name: string,
	context: OpenContext,
	key?: OpenedKey
): Promise<Outcome> {
	const slug = slugOfName(name);
	const response = await openInWorker({ text, name, slug, ...context });
	if (!response.ok) return { status: 'invalid', response, text, name };
	await keep({
		slug,
		title: response.opened.timeline.meta.title,
		name,
		json: response.opened.files.json,
		kept: Date.now()
	}).catch(() => undefined);
	return { status: 'opened', opened: response.opened, key: key ?? { t: slug } };
}

/** Opens a timeline by its key: kept in this browser, or fetched from its address. */
export async function openKey(key: OpenedKey, context: OpenContext): Promise<Outcome> {
	if ('t' in key) {
		const found = await kept(key.t).catch(() => undefined);
		if (!found)
			return {
				status: 'failed',
				message: `No timeline "${key.t}" is kept in this browser. Open its file again.`
			};
		return openText(found.json, found.name, context, key);
	}
	const fetched = await fetchSource(key.src);
	if (!fetched.ok) return { status: 'failed', message: fetched.message };
	return openText(fetched.text, fetched.name, context, key);
}

/** What an explorer, an embed or a handout draws an opened timeline from. */
export function pageData(opened: OpenedTimeline, key: OpenedKey): ExplorerData & { scope: string } {
	return {
		timeline: fromWire(opened.timeline),
		details: opened.details,
		articleCitation: opened.articleCitation,
		scope: '',
		places: openedPlaces(key),
		files: opened.files
	};
}

/** The key in a page's address: `t=<slug>` or `src=<address>`. */
export function keyOf(params: URLSearchParams): OpenedKey | undefined {
	const t = params.get('t');
	if (t) return { t };
	const src = params.get('src');
	return src ? { src } : undefined;
}
