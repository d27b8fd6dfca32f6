import { presentData } from '$lib/server/present-data';
import type { LayoutServerLoad } from './$types';

// Read once per story: moving between steps loads nothing more.
export const load: LayoutServerLoad = ({ params }) => presentData(params.scope, params.story);
