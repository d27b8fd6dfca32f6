// What a page in a language needs before it is drawn: the language's strings and how it writes
// dates. English needs nothing more than the page's first load carries; Russian and Persian come in
// parts of their own, so no other language's pages load them.
import type { LanguageParts } from './messages';
import { LANGUAGE_INFO, type Language } from './languages';

export async function loadLanguage(language: Language): Promise<LanguageParts> {
	if (language === 'en') return { language };
	const [pack, writers] = await Promise.all([
		language === 'ru' ? import('./ru') : import('./fa'),
		import('../format/calendar-writers')
	]);
	const { calendar } = LANGUAGE_INFO[language];
	return { language, pack: pack.default, dates: writers.calendarWriter(calendar, language) };
}
