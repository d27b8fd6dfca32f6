// Timelines a reader opened, kept in this browser (IndexedDB, through idb-keyval) under their slugs:
// the file as Dyad JSON, its name and when it was kept. Nothing of it leaves the reader's machine.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

export interface Kept {
	slug: string;
	title: string;
	/** The file it was opened from (its name or its address). */
	name: string;
	/** The timeline as a Dyad data file. */
	json: string;
	/** When it was kept, in ms since the epoch. */
	kept: number;
}

let store: UseStore | undefined;
const opened = () => (store ??= createStore('dyad-opened', 'timelines'));

export async function keep(timeline: Kept): Promise<void> {
	await set(timeline.slug, timeline, opened());
}

export async function kept(slug: string): Promise<Kept | undefined> {
	return get<Kept>(slug, opened());
}

export async function keptList(): Promise<Kept[]> {
	const all = await entries<string, Kept>(opened());
	return all.map(([, value]) => value).sort((a, b) => b.kept - a.kept);
}

export async function forget(slug: string): Promise<void> {
	await del(slug, opened());
}
