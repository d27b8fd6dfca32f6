// The data the single-file build bundles: each timeline as its explorer sees it (citations already
// formatted), since a file opened from disk has no server to ask. Run by export-single.ts.
import { writeFileSync } from 'node:fs';
import { explorerData } from '../src/lib/server/explorer-data';
import { timelineSlugs } from '../src/lib/server/timelines';

export function writeSingleData(file: string): string[] {
	const slugs = timelineSlugs();
	const data = Object.fromEntries(slugs.map((slug) => [slug, explorerData(slug)]));
	const text = JSON.stringify(data);
	// Everything the pages read must survive JSON (no dates, maps or class instances).
	if (JSON.stringify(JSON.parse(text)) !== text) throw new Error('timeline data is not plain JSON');
	writeFileSync(file, text);
	return slugs;
}
