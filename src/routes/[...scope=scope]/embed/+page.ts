// The timeline back from what the page's data carried (see model/wire.ts), on the server and in the browser.
import { fromWire } from '$lib/model/wire';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => ({ ...data, timeline: fromWire(data.timeline) });
