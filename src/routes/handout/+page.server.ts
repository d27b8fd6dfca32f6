// The default timeline's printable handout, as / is its explorer.
import { explorerData } from '$lib/server/explorer-data';
import { DEFAULT_TIMELINE } from '$lib/server/timelines';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => explorerData(DEFAULT_TIMELINE);
