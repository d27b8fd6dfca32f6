// Every timeline's printable handout, at /t/<slug>/handout/.
import { explorerData } from '$lib/server/explorer-data';
import { timelineSlugs } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => timelineSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => explorerData(params.slug);
