// Where a timeline's pages live: its scope is '' for the default timeline and `t/<slug>` for any.

export const DEFAULT_TIMELINE = 'iran-russia';

/** A scope without the trailing slash it has when it ends the address. */
export function trimScope(scope: string): string {
	return scope.replace(/\/$/, '');
}

/** The timeline a page scope names. */
export function slugOf(scope: string): string {
	const trimmed = trimScope(scope);
	return trimmed === '' ? DEFAULT_TIMELINE : trimmed.replace(/^t\//, '');
}

/** The scopes a timeline's pages live under: `t/<slug>`, and '' too for the default timeline. */
export function scopesOf(slug: string): string[] {
	return slug === DEFAULT_TIMELINE ? ['', `t/${slug}`] : [`t/${slug}`];
}
