// Every timeline in the data folder has its own explorer at /t/<slug>/.
import { explorerData } from '$lib/server/explorer-data';
import { timelineSlugs } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => timelineSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => explorerData(params.slug);
