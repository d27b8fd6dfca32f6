import { tp } from '$lib/i18n/present-messages';
import { error } from '@sveltejs/kit';
import { parseStep } from '$lib/present/story';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { story } = await parent();
	const step = parseStep(params.step, story.steps.length);
	if (!step) error(404, tp('present.noStep', { step: params.step, count: story.steps.length }));
	return { step };
};
