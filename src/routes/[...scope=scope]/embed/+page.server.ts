// The chart alone, for iframes on other sites: /embed/ and /t/<slug>/embed/.
import { scopedExplorerData, scopeEntries } from '$lib/server/explorer-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = scopeEntries;

export const load: PageServerLoad = ({ params }) => scopedExplorerData(params.scope);
