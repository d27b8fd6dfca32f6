import { redirect } from '@sveltejs/kit';
import { stepPath } from '$lib/paths';
import { singleData } from '../../data';

export const load = ({ params }: { params: { scope: string } }) => {
	const story = singleData(params.scope).timeline.stories[0];
	if (story) redirect(307, stepPath(params.scope, story.id, 1));
	return {};
};
