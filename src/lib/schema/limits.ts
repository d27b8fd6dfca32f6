// How long each free-text field may be: a few times the longest in the shipped data, so real text
// always fits, while a runaway paste is refused before anything (the Markdown parser) reads it.
export const LIMITS = {
	/** Longest shipped: 843. The Markdown parser's worst case at this length is tens of milliseconds. */
	summary: 2000,
	/** Event titles (longest 83), metadata titles and names. */
	title: 200,
	/** Lane, period and story labels (longest 53). */
	label: 120,
	/** Claim texts (longest 157), step captions (75), lane descriptions (69). */
	sentence: 500,
	/** Claim links' notes (longest 270), claim quotes (312), period notes (513), descriptions. */
	note: 2000,
	/** Presenter notes (longest 707). */
	notes: 4000,
	/** Locators (longest 71), tags (30), licences. */
	short: 200,
	/** Reference titles (longest 246) and other bibliographic text. */
	bibliographic: 1000,
	/**
	 * Events in one timeline: a build of 20,000 stays within 3 minutes and 1.5 GB on a 2-core
	 * machine (`npm run scale`); past it, split the timeline.
	 */
	events: 20_000
} as const;
