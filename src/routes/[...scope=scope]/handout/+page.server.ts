// Every timeline's printable handout, beside its explorer: /handout/ and /t/<slug>/handout/.
import { explorerData } from '$lib/server/explorer-data';
import { scopesOf, slugOf, timelineSlugs, trimScope } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	timelineSlugs().flatMap((slug) => scopesOf(slug).map((scope) => ({ scope })));

export const load: PageServerLoad = ({ params }) => ({
	...explorerData(slugOf(params.scope)),
	scope: trimScope(params.scope)
});
