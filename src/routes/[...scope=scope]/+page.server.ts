// The explorer: at / for the default timeline, and at /t/<slug>/ for every timeline in the data folder.
import { scopedExplorerData, scopeEntries } from '$lib/server/explorer-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = scopeEntries;

export const load: PageServerLoad = ({ params }) => scopedExplorerData(params.scope);
