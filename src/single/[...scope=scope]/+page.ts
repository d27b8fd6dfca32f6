import { redirect } from '@sveltejs/kit';
import { languageOf } from '$lib/i18n/languages';
import { explorerPath } from '$lib/paths';
import { scopeIn } from '$lib/scope';
import { singleData } from '../data';

/** The language the file opens in (`npm run export:single -- --lang fa`); English by default. */
const opening = languageOf(import.meta.env.VITE_DYAD_SINGLE_LANGUAGE);

export const load = ({ params }: { params: { scope: string } }) => {
	// Opened as it is (no page named after the #), a file exported in a language opens in it.
	if (opening && opening !== 'en' && params.scope === '' && location.hash === '')
		redirect(307, explorerPath(scopeIn('', opening)));
	return singleData(params.scope);
};
