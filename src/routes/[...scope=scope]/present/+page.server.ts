// /present/ opens the timeline's first story at its first step.
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { firstStory, storyEntries } from '$lib/server/present-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...new Set(storyEntries().map((e) => e.scope))].map((scope) => ({ scope }));

export const load: PageServerLoad = ({ params }) => {
	const story = firstStory(params.scope);
	redirect(
		307,
		resolve('/[...scope=scope]/present/[story]/[step]', { ...params, story, step: '1' }) + '/'
	);
};
