// Each cited work's formatted citation and the label citations show: "3", or "Sadegi 2020".
import type { BrowserTimeline } from '$lib/model/timeline';
import type { Citation } from '$lib/server/citations';

export interface CitationEntry {
	citation: Citation;
	label: string;
}

export function citationEntries(
	timeline: BrowserTimeline,
	citations: Citation[],
	articleCitation: Citation | undefined
): Map<string, CitationEntry> {
	const entries = new Map<string, CitationEntry>();
	timeline.references.forEach((reference, index) => {
		const citation = citations[index];
		if (citation) entries.set(reference.item.id, { citation, label: String(reference.number) });
	});
	if (timeline.article && articleCitation) {
		entries.set(timeline.article.publication.id, {
			citation: articleCitation,
			label: timeline.article.label
		});
	}
	return entries;
}
