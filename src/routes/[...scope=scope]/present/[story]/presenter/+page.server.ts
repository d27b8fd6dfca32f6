// The presenter view of every story.
import { storyEntries } from '$lib/server/present-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	storyEntries().map(({ scope, story }) => ({ scope, story }));
