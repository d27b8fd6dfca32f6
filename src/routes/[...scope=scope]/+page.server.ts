// The explorer: at / for the default timeline, and at /t/<slug>/ for every timeline in the data folder.
import { explorerData } from '$lib/server/explorer-data';
import { scopesOf, slugOf, timelineSlugs, trimScope } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	timelineSlugs().flatMap((slug) => scopesOf(slug).map((scope) => ({ scope })));

export const load: PageServerLoad = ({ params }) => ({
	...explorerData(slugOf(params.scope)),
	scope: trimScope(params.scope)
});
