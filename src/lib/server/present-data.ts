// What a presentation needs of a timeline: the chart's data and the story, without the texts and
// references that only the explorer and the handout show.
import { error } from '@sveltejs/kit';
import { allScopesOf, languageOfScope } from '$lib/scope';
import { inLanguage } from './language-data';
import { getTimeline, slugOf, timelineSlugs } from './timelines';

export function presentData(scope: string, storyId: string) {
	const slug = slugOf(scope);
	const full = inLanguage(getTimeline(slug), languageOfScope(scope));
	const story = full.stories.find((s) => s.id === storyId);
	if (!story) {
		const known = full.stories.map((s) => s.id).join(', ') || 'none';
		error(404, `No story "${storyId}" in the timeline "${slug}" (its stories: ${known})`);
	}
	const timeline = {
		...full,
		references: [],
		events: full.events.map((event) => ({ ...event, summary: [], summaryText: '', sources: [] }))
	};
	return {
		scope,
		timeline,
		story
	};
}

export type PresentData = ReturnType<typeof presentData>;

/** Every story of every timeline, for prerendering: its scope, id and number of steps. */
export function storyEntries(): { scope: string; story: string; steps: number }[] {
	return timelineSlugs().flatMap((slug) => {
		const timeline = getTimeline(slug);
		return allScopesOf(slug).flatMap((scope) =>
			timeline.stories.map((story) => ({ scope, story: story.id, steps: story.steps.length }))
		);
	});
}

/** The first story of a scope's timeline, to open when no story is named. */
export function firstStory(scope: string): string {
	const story = getTimeline(slugOf(scope)).stories[0];
	if (!story) error(404, `The timeline "${slugOf(scope)}" has no stories to present yet`);
	return story.id;
}
