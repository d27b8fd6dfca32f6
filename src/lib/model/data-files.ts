// Where timelines live and which files there are timelines or translations: `<slug>.json` is a
// timeline, `<slug>.<language>.json` its text in another language; the schemas are neither.
export const SCHEMA_FILE = 'timeline.schema.json';
export const TRANSLATION_SCHEMA_FILE = 'translation.schema.json';

const TIMELINE = /^[^.]+\.json$/;
const TRANSLATION = /^([^.]+)\.([^.]+)\.json$/;

function baseName(path: string): string {
	return path.replace(/^.*\//, '');
}

export function isTimelineFile(name: string): boolean {
	return TIMELINE.test(baseName(name));
}

/** The timeline a translation file translates and the language its name gives, if it is one. */
export function translationFileOf(name: string): { slug: string; language: string } | undefined {
	const base = baseName(name);
	if (base === SCHEMA_FILE || base === TRANSLATION_SCHEMA_FILE) return undefined;
	const match = TRANSLATION.exec(base);
	return match ? { slug: match[1] ?? '', language: match[2] ?? '' } : undefined;
}

/** The folder read for timelines: `data/`, or `$DYAD_DATA_DIR` (used by benchmarks). Node only. */
export function dataDir(): string {
	return process.env.DYAD_DATA_DIR || 'data';
}
