// A timeline as a page in a language shows it: dates written in the language's usual calendar, and
// its text as the timeline's translation into the language gives it (model/translate.ts).
import { calendarWriter } from '$lib/format/calendar-writers';
import { LANGUAGE_INFO, type Language } from '$lib/i18n/languages';
import { relabel } from '$lib/model/relabel';
import type { Timeline } from '$lib/model/timeline';
import { translate } from '$lib/model/translate';
import { getTranslation, type Translation } from './timelines';

interface Written {
	translation: Translation | undefined;
	timeline: Timeline;
}

/** Written once per version of a timeline, of its translation and language. */
const written = new WeakMap<Timeline, Map<Language, Written>>();

export function inLanguage(timeline: Timeline, language: Language): Timeline {
	const translation =
		language === timeline.meta.language ? undefined : getTranslation(timeline, language);
	let languages = written.get(timeline);
	if (!languages) written.set(timeline, (languages = new Map()));
	let result = languages.get(language);
	if (!result || result.translation !== translation) {
		const dated =
			language === 'en'
				? timeline
				: relabel(timeline, calendarWriter(LANGUAGE_INFO[language].calendar, language));
		result = {
			translation,
			timeline: translate(dated, language, translation?.data, translation?.summaries)
		};
		languages.set(language, result);
	}
	return result.timeline;
}
