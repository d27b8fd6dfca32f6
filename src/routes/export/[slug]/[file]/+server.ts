// The downloads of each timeline, written to build/export/<slug>/<file> when prerendered: the
// references and the article as BibTeX and RIS, and the data as JSON and CSV.
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { DATA_FILES, eventsCsv } from '$lib/server/data-exports';
import { exportBody, exportFiles } from '$lib/server/exports';
import { getTimeline, timelineFile, timelineSlugs } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	timelineSlugs().flatMap((slug) =>
		[...exportFiles(getTimeline(slug)), ...DATA_FILES].map(({ file }) => ({ slug, file }))
	);

function bodyOf(slug: string, file: string): string | undefined {
	const timeline = getTimeline(slug);
	// The file as its author wrote it, less a byte-order mark, which JSON readers refuse.
	if (file === 'timeline.json')
		return readFileSync(timelineFile(slug), 'utf8').replace(/^\uFEFF/, '');
	if (file === 'events.csv') return eventsCsv(timeline);
	return exportBody(timeline, file);
}

export const GET: RequestHandler = ({ params }) => {
	const files = [...exportFiles(getTimeline(params.slug)), ...DATA_FILES];
	const file = files.find(({ file }) => file === params.file);
	const body = file && bodyOf(params.slug, params.file);
	if (!file || body === undefined)
		error(404, `Timeline "${params.slug}" has no file "${params.file}"`);
	return new Response(body, {
		headers: {
			'Content-Type': file.type,
			'Content-Disposition': `attachment; filename="${params.slug}-${file.file}"`
		}
	});
};
