// The BibTeX and RIS downloads of each timeline, written to build/export/<slug>/<file> when prerendered.
import { error } from '@sveltejs/kit';
import { exportBody, exportFiles } from '$lib/server/exports';
import { getTimeline, timelineSlugs } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	timelineSlugs().flatMap((slug) =>
		exportFiles(getTimeline(slug)).map(({ file }) => ({ slug, file }))
	);

export const GET: RequestHandler = ({ params }) => {
	const timeline = getTimeline(params.slug);
	const file = exportFiles(timeline).find(({ file }) => file === params.file);
	const body = exportBody(timeline, params.file);
	if (!file || body === undefined)
		error(404, `Timeline "${params.slug}" has no file "${params.file}"`);
	return new Response(body, {
		headers: {
			'Content-Type': file.type,
			'Content-Disposition': `attachment; filename="${params.slug}-${file.file}"`
		}
	});
};
