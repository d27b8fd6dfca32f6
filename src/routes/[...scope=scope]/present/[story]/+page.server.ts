// /present/<story>/ opens the story at its first step.
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { storyEntries } from '$lib/server/present-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	storyEntries().map(({ scope, story }) => ({ scope, story }));

export const load: PageServerLoad = ({ params }) => {
	redirect(
		307,
		resolve('/[...scope=scope]/present/[story]/[step]', { ...params, step: '1' }) + '/'
	);
};
