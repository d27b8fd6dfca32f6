// Opens timelines off the page's thread: a large or hostile file is read, converted, validated and
// built here, so the page stays responsive whatever it holds. Each request gets one answer.
import { z } from 'zod';
import { openTimelineFile } from '../import/open-file';
import { detailsOf } from '../model/details';
import { buildTimeline } from '../model/build';
import { toWire } from '../model/wire';
import { eventsCsv } from '../share/events-csv';
import { citationOf } from './citation';
import type { OpenRequest, OpenResponse } from './protocol';

// The schema is checked without compiling code: the page's policy allows no eval, and zod would
// otherwise probe for it.
z.config({ jitless: true });

const answer = (response: OpenResponse) => postMessage(response);

addEventListener('message', async (event: MessageEvent<OpenRequest>) => {
	const request = event.data;
	try {
		const result = await openTimelineFile(request.text, request.name, {
			actors: request.actors,
			language: request.language,
			base: async (slug) => {
				const response = await fetch(new URL(`export/${slug}/timeline.json`, request.siteRoot), {
					credentials: 'omit'
				});
				return response.ok ? response.text() : undefined;
			}
		});
		if (!result.ok) {
			const { format, problems, warnings } = result;
			answer({ id: request.id, ok: false, format, problems, warnings });
			return;
		}
		const model = buildTimeline(request.slug, result.data, result.summaries);
		const citations = model.references.map((reference) => citationOf(reference.item));
		answer({
			id: request.id,
			ok: true,
			opened: {
				slug: request.slug,
				format: result.format,
				timeline: toWire(model),
				details: detailsOf(model, citations),
				articleCitation: model.article ? citationOf(model.article.publication) : undefined,
				files: { json: result.json, csv: eventsCsv(model) },
				warnings: result.warnings
			}
		});
	} catch (error) {
		answer({
			id: request.id,
			ok: false,
			format: undefined,
			problems: [
				{
					file: request.name,
					line: 1,
					column: 1,
					path: [],
					message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`
				}
			],
			warnings: []
		});
	}
});
