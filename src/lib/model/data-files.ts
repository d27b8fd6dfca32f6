// Where timelines live and which files there are timelines: every .json but the schema itself.
export const SCHEMA_FILE = 'timeline.schema.json';

export function isTimelineFile(name: string): boolean {
	return name.endsWith('.json') && !name.endsWith(SCHEMA_FILE);
}

/** The folder read for timelines: `data/`, or `$DYAD_DATA_DIR` (used by benchmarks). Node only. */
export function dataDir(): string {
	return process.env.DYAD_DATA_DIR || 'data';
}
