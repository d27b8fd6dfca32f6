// A timeline as a page in a language shows it: dates written in the language's usual calendar.
import { calendarWriter } from '$lib/format/calendar-writers';
import { LANGUAGE_INFO, type Language } from '$lib/i18n/languages';
import { relabel } from '$lib/model/relabel';
import type { Timeline } from '$lib/model/timeline';

/** Written once per version of a timeline and language. */
const written = new WeakMap<Timeline, Map<Language, Timeline>>();

export function inLanguage(timeline: Timeline, language: Language): Timeline {
	if (language === 'en') return timeline;
	let languages = written.get(timeline);
	if (!languages) written.set(timeline, (languages = new Map()));
	let result = languages.get(language);
	if (!result) {
		result = relabel(timeline, calendarWriter(LANGUAGE_INFO[language].calendar, language));
		languages.set(language, result);
	}
	return result;
}
