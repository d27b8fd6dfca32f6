// The addresses of a story's pages, under the site's base path (pages end in a slash).
import { resolve } from '$app/paths';

export function stepPath(scope: string, story: string, step: number): string {
	return `${resolve('/[...scope=scope]/present/[story]/[step]', { scope, story, step: String(step) })}/`;
}

export function presenterPath(scope: string, story: string): string {
	return `${resolve('/[...scope=scope]/present/[story]/presenter', { scope, story })}/`;
}

/** The explorer of the scope's timeline. */
export function explorerPath(scope: string): string {
	return `${resolve('/[...scope=scope]', { scope })}/`.replace(/\/\/$/, '/');
}
