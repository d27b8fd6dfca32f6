// Every timeline's printable handout, beside its explorer: /handout/ and /t/<slug>/handout/.
import { scopedExplorerData, scopeEntries } from '$lib/server/explorer-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = scopeEntries;

export const load: PageServerLoad = ({ params }) =>
	scopedExplorerData(params.scope, { withDetails: true });
