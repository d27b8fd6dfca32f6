// The data the single-file build bundles: each timeline in each language as its explorer sees it
// (citations already formatted), since a file opened from disk has no server to ask. Run by export-single.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { explorerData } from '../src/lib/server/explorer-data';
import { LANGUAGES, type Language } from '../src/lib/i18n/languages';
import { timelineFile, timelineSlugs, translationFile } from '../src/lib/server/timelines';

// Half of a UTF-16 pair with no other half (JSON's "\ud800"): no text, and the bundler, which
// holds strings as UTF-8, stops on it with an error that points into the generated file.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Where the first string (or key) holding a lone surrogate lies in a JSON value, e.g. `events[3].title`. */
export function loneSurrogatePath(value: unknown, path = ''): string | undefined {
	if (typeof value === 'string')
		return LONE_SURROGATE.test(value) ? path || '(the value)' : undefined;
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) {
			const found = loneSurrogatePath(item, `${path}[${index}]`);
			if (found) return found;
		}
		return undefined;
	}
	if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const at = path ? `${path}.${key}` : key;
			if (LONE_SURROGATE.test(key)) return `${at} (its name)`;
			const found = loneSurrogatePath(item, at);
			if (found) return found;
		}
	}
	return undefined;
}

function checkText(where: string, value: unknown): void {
	const path = loneSurrogatePath(value);
	if (path) {
		throw new Error(
			`${where}: ${path} holds a lone surrogate (a \\ud800–\\udfff escape with no pair), which ` +
				'is not text and cannot be bundled into one file: remove it or write the whole character'
		);
	}
}

export function writeSingleData(file: string): string[] {
	const slugs = timelineSlugs();
	// The file holds each timeline in each language: its details, and its events without their text
	// and sources (which the details hold).
	const inLanguage = (slug: string, language: Language) => {
		const { timeline, ...rest } = explorerData(slug, language);
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out: the details hold it
		const events = timeline.events.map(({ summary, summaryText, sources, ...event }) => event);
		return { ...rest, timeline: { ...timeline, events } };
	};
	const data = Object.fromEntries(
		slugs.map((slug) => [
			slug,
			Object.fromEntries(LANGUAGES.map((language) => [language, inLanguage(slug, language)]))
		])
	);
	// Checked in the author's own file first, so that the message names the field they wrote.
	for (const slug of slugs) {
		for (const source of [
			timelineFile(slug),
			...LANGUAGES.map((language) => translationFile(slug, language)).filter(existsSync)
		])
			checkText(source, JSON.parse(readFileSync(source, 'utf8')));
	}
	checkText('the bundled data', data);
	const text = JSON.stringify(data);
	// Everything the pages read must survive JSON (no dates, maps or class instances).
	if (JSON.stringify(JSON.parse(text)) !== text) throw new Error('timeline data is not plain JSON');
	writeFileSync(file, text);
	return slugs;
}
