import { error } from '@sveltejs/kit';
import { singleData } from '../../../data';

export const load = ({ params }: { params: { scope: string; story: string } }) => {
	const { timeline, scope } = singleData(params.scope);
	const story = timeline.stories.find((s) => s.id === params.story);
	if (!story) error(404, `No story "${params.story}"`);
	return { scope, timeline, story };
};
