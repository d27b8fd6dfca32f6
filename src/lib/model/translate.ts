// A timeline as a page in another language shows it: each text its translation gives, in that
// language, and each other text as it is, marked with the timeline's own language so readers (and
// their screen readers) are told. Dates are not touched: relabel.ts writes them.
import { parseInline, plainText, type Inline } from '../markdown/inline';
import type { TranslationData } from '../schema/translation';
import type { Timeline } from './timeline';

type Texts = Record<string, unknown>;

/**
 * The fields of `item` named in `fields`, each replaced by its translation where `given` has one; the
 * others keep their text and are listed in `lang` with the original language.
 */
function translated<T extends object, K extends keyof T & string>(
	item: T,
	fields: readonly K[],
	given: Texts | undefined,
	original: string
): T & { lang?: Partial<Record<K, string>> } {
	const texts: Partial<T> = {};
	const lang: Partial<Record<K, string>> = {};
	for (const field of fields) {
		if (item[field] === undefined) continue;
		const translation = given?.[field];
		if (typeof translation === 'string') texts[field] = translation as T[K];
		else lang[field] = original;
	}
	return { ...item, ...texts, ...(Object.keys(lang).length ? { lang } : {}) };
}

function summaryOf(text: string, parsed: ReadonlyMap<string, Inline[]> | undefined): Inline[] {
	const kept = parsed?.get(text);
	if (kept) return kept;
	const result = parseInline(text);
	// Validation has already refused an unsafe summary; reaching this is a bug, not bad data.
	if (!result.ok) throw new Error(`unvalidated translated summary reached the model: ${text}`);
	return result.inline;
}

/**
 * The timeline as a page in `language` shows it, with `translation` (validated against it) giving what
 * texts it gives. In the timeline's own language it is returned as it is.
 */
export function translate<T extends Timeline>(
	timeline: T,
	language: string,
	translation?: TranslationData,
	summaries?: ReadonlyMap<string, Inline[]>
): T {
	const original = timeline.meta.language;
	if (language === original) return timeline;
	const t = translation?.language === language ? translation : undefined;
	const events = timeline.events.map((event) => {
		const given = t?.events?.[event.id];
		const { lang, ...titled } = translated(event, ['title'], given, original);
		const summary = given?.summary === undefined ? undefined : summaryOf(given.summary, summaries);
		const claims = event.claims.map((link) =>
			translated(link, ['note'], { note: given?.claims?.[link.id] }, original)
		);
		return {
			...titled,
			...(lang ? { lang } : {}),
			claims,
			...(summary
				? { summary, summaryText: plainText(summary) }
				: event.summaryText
					? { summaryLang: original }
					: {})
		};
	});
	const article = timeline.article;
	return {
		...timeline,
		meta: {
			...translated(timeline.meta, ['title', 'subtitle', 'description'], t?.meta, original),
			actors: timeline.meta.actors.map((actor) =>
				translated(actor, ['name'], { name: t?.actors?.[actor.code] }, original)
			) as Timeline['meta']['actors']
		},
		actors: timeline.actors.map((actor) =>
			translated(actor, ['name'], { name: t?.actors?.[actor.code] }, original)
		) as Timeline['actors'],
		...(article
			? {
					article: {
						...article,
						claims: article.claims.map((claim) => {
							const given = t?.claims?.[claim.id];
							const texts = translated(claim, ['text'], given, original);
							// The quotation stays as the article has it, in its language, with its translation beside.
							return {
								...texts,
								...(claim.quote
									? {
											lang: { ...texts.lang, quote: original },
											...(given?.quote ? { quoteTranslation: given.quote } : {})
										}
									: {})
							};
						})
					}
				}
			: {}),
		lanes: timeline.lanes.map((lane) =>
			translated(lane, ['label', 'description'], t?.lanes?.[lane.id], original)
		),
		events,
		periods: timeline.periods.map((period) =>
			translated(period, ['label', 'note'], t?.periods?.[period.id], original)
		),
		milestones: timeline.milestones.map((milestone) =>
			translated(milestone, ['label'], t?.milestones?.[milestone.id], original)
		),
		stories: timeline.stories.map((story) => {
			const given = t?.stories?.[story.id];
			return {
				...translated(story, ['title'], given, original),
				steps: story.steps.map((step, index) =>
					translated(step, ['caption', 'notes'], given?.steps?.[index], original)
				)
			};
		}),
		translation: {
			language,
			original,
			translated: t !== undefined,
			reviewed: t?.reviewed ?? false,
			...(t?.translator ? { translator: t.translator } : {})
		}
	};
}
