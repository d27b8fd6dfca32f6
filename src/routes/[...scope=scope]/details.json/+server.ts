// Each timeline's details beside its explorer (/details.json, /t/<slug>/details.json): the summaries
// and formatted citations its pages fetch when they first need them (model/details.ts).
import { json } from '@sveltejs/kit';
import { explorerData, scopeEntries } from '$lib/server/explorer-data';
import { languageOfScope } from '$lib/scope';
import { slugOf } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = scopeEntries;

export const GET: RequestHandler = ({ params }) =>
	json(explorerData(slugOf(params.scope), languageOfScope(params.scope)).details);
