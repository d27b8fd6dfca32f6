// The interface's languages: English at the site's root, the others under /<code>/. Each says its
// direction and the calendar its readers date events in unless they choose the other.
import type { Calendar } from '../view/calendar';

export const LANGUAGES = ['en', 'ru', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export interface LanguageInfo {
	code: Language;
	/** Its own name for itself, as a language switcher shows it. */
	name: string;
	dir: 'ltr' | 'rtl';
	/** The calendar dates are written in unless the reader chooses the other. */
	calendar: Calendar;
}

export const LANGUAGE_INFO: Record<Language, LanguageInfo> = {
	en: { code: 'en', name: 'English', dir: 'ltr', calendar: 'gregorian' },
	ru: { code: 'ru', name: 'Русский', dir: 'ltr', calendar: 'gregorian' },
	fa: { code: 'fa', name: 'فارسی', dir: 'rtl', calendar: 'persian' }
};

/** A language the interface speaks, from a code (undefined for any other). */
export function languageOf(code: string | undefined): Language | undefined {
	return LANGUAGES.find((language) => language === code);
}
