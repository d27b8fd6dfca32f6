// Where a timeline's pages live: nothing for the default timeline, `t/<slug>` for any timeline.
import type { ParamMatcher } from '@sveltejs/kit';

// At the end of a route the value keeps the page's trailing slash (`t/<slug>/`).
export const match = ((param: string) =>
	/^(t\/[a-z0-9][a-z0-9-]*\/?)?$/.test(param)) satisfies ParamMatcher;
