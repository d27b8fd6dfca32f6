// Where a timeline's pages live: nothing for the default timeline, `t/<slug>` for any timeline, each
// under `ru/` or `fa/` in another language than English.
import type { ParamMatcher } from '@sveltejs/kit';

// At the end of a route the value keeps the page's trailing slash (`t/<slug>/`, `ru/`).
export const match = ((param: string) =>
	/^(?:(?:ru|fa)(?:\/|$))?(?:t\/[a-z0-9][a-z0-9-]*\/?)?$/.test(param)) satisfies ParamMatcher;
