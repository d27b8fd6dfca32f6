import { redirect } from '@sveltejs/kit';
import { stepPath } from '$lib/paths';

export const load = ({ params }: { params: { scope: string; story: string } }) => {
	redirect(307, stepPath(params.scope, params.story, 1));
};
