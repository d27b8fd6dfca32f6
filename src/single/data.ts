// The timelines bundled into the single file (written by scripts/export-single.ts before the build).
import type { ExplorerData } from '$lib/server/explorer-data';
import { error } from '@sveltejs/kit';
import bundled from '$single-data';
import type { Language } from '$lib/i18n/languages';
import { languageOfScope, slugOf, trimScope } from '$lib/scope';

const timelines = bundled as unknown as Record<string, Record<Language, ExplorerData>>;

/**
 * The explorer's data for a scope ('' or `t/<slug>`, under `ru/` or `fa/` in those languages), as
 * the prerendered site's loaders give it.
 */
export function singleData(scope: string): ExplorerData & { scope: string } {
	const slug = slugOf(scope);
	const data = timelines[slug]?.[languageOfScope(scope)];
	if (!data) error(404, `No timeline "${slug}" in this file`);
	return { ...data, scope: trimScope(scope) };
}
