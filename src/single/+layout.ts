// The page's language (its scope's: #/ru/…, #/fa/…, English elsewhere) with its strings and dates,
// as on the site (src/routes/+layout.ts); in the single file each language's part is inlined too.
import { loadLanguage } from '$lib/i18n/load-language';
import { languageOfScope } from '$lib/scope';

export const load = async ({ params }: { params: Record<string, string | undefined> }) => ({
	language: await loadLanguage(languageOfScope(params.scope ?? ''))
});
