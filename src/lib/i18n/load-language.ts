// What a page in a language needs before it is drawn: the language's strings and its axis in its
// usual calendar. English needs nothing more than the page's first load carries; Russian and
// Persian come in parts of their own, so no other language's pages load them. (Dates come written
// by the server; the other calendar's part loads only when a reader asks for it.)
import type { LanguageParts } from './messages';
import type { Language } from './languages';

export async function loadLanguage(language: Language): Promise<LanguageParts> {
	if (language === 'en') return { language };
	if (language === 'ru') {
		const [pack, axis] = await Promise.all([import('./ru'), import('../chart/language-axis')]);
		return { language, pack: pack.default, axis: axis.russianAxis };
	}
	const [pack, solar] = await Promise.all([import('./fa'), import('../chart/solar-hijri-ticks')]);
	return {
		language,
		pack: pack.default,
		axis: (scale, width) => solar.solarHijriTicks(scale, width),
		years: solar.SOLAR_HIJRI_YEARS
	};
}
