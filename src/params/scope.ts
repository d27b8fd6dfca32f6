// Where a timeline's pages live: nothing for the default timeline, `t/<slug>` for any timeline.
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string) =>
	param === '' || /^t\/[a-z0-9][a-z0-9-]*$/.test(param)) satisfies ParamMatcher;
