// The timeline's details (model/details.ts) as a page in the browser has them: fetched the first time
// something needs them (an event opened, a search typed, a reference chosen, the references shown),
// or given with the page where it carries them. Until they arrive, a search looks in titles only and
// no event is marked as citing the chosen reference; once they do, everything that read them follows.
import { plainText, type Inline } from '$lib/markdown/plain-text';
import type { TimelineDetails } from '$lib/model/details';
import type { SourceRef } from '$lib/model/timeline';
import type { Citation } from '$lib/server/citations';

interface Held {
	summaries: Map<string, Inline[]>;
	texts: Map<string, string>;
	sources: Map<string, SourceRef[]>;
	/** The language of each summary that is not in the page's. */
	langs: Map<string, string>;
	citations: Citation[];
}

function hold(details: TimelineDetails): Held {
	const summaries = new Map(details.events.map(([id, summary]) => [id, summary]));
	const texts = new Map(details.events.map(([id, summary]) => [id, plainText(summary)]));
	const sources = new Map(details.events.map(([id, , sources]) => [id, sources]));
	const langs = new Map(details.events.flatMap(([id, , , lang]) => (lang ? [[id, lang]] : [])));
	return { summaries, texts, sources, langs, citations: details.citations };
}

export class EventDetails {
	#held = $state.raw<Held | undefined>();
	#loading: Promise<void> | undefined;
	/** Why the details did not load, when they did not. */
	failure = $state<string | undefined>();
	readonly #url: string | undefined;

	/** `from`: the details themselves, or the address of the file that holds them. */
	constructor(from: TimelineDetails | string) {
		if (typeof from === 'string') this.#url = from;
		else this.#held = hold(from);
	}

	get loaded(): boolean {
		return this.#held !== undefined;
	}

	/** Fetches the details once (again after a failure); resolves when they are here or have failed. */
	load(): Promise<void> {
		if (this.#held || !this.#url) return Promise.resolve();
		const url = this.#url;
		this.#loading ??= fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url} answered ${response.status}`);
				return response.json() as Promise<TimelineDetails>;
			})
			.then((details) => {
				this.#held = hold(details);
				this.failure = undefined;
			})
			.catch((error: unknown) => {
				this.failure = error instanceof Error ? error.message : String(error);
				this.#loading = undefined;
			});
		return this.#loading;
	}

	/** The event's summary, once the details are here. */
	summary(id: string): Inline[] | undefined {
		return this.#held?.summaries.get(id);
	}

	/** The summary's language where it is not the page's (untranslated), once the details are here. */
	summaryLang(id: string): string | undefined {
		return this.#held?.langs.get(id);
	}

	/** The event's summary without markup, or '' until the details are here. */
	summaryText(id: string): string {
		return this.#held?.texts.get(id) ?? '';
	}

	/** The event's sources, once the details are here. */
	sources(id: string): SourceRef[] | undefined {
		return this.#held?.sources.get(id);
	}

	/** The references' formatted citations, in the order of their numbers, once here. */
	get citations(): Citation[] | undefined {
		return this.#held?.citations;
	}
}
