// Every step of every story is its own prerendered page.
import { storyEntries } from '$lib/server/present-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	storyEntries().flatMap(({ scope, story, steps }) =>
		Array.from({ length: steps }, (_, i) => ({ scope, story, step: String(i + 1) }))
	);
