// One bibliography entry from CSL-JSON by citeproc (citation-js): at build time for the site's pages
// (server/citations.ts), and in the worker that opens a reader's timeline (open/worker.ts).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '$lib/schema/csl';

export interface Citation {
	id: string;
	/** The formatted bibliography entry, without its link. */
	text: string;
	/** Where to read it: the DOI link, else the URL. */
	href?: string;
}

/** One bibliography entry in APA style; the link is kept apart so it can be drawn as a link. */
export function formatCitation(item: CslItem): Citation {
	const { URL: url, DOI: doi, ...rest } = item;
	const text = new Cite(rest)
		.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
		.trim();
	const href = doi ? `https://doi.org/${doi}` : url;
	return { id: item.id, text, ...(href ? { href } : {}) };
}
