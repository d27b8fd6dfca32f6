// Which files in data/ are timelines: every .json there but the schema itself.
export const SCHEMA_FILE = 'timeline.schema.json';

export function isTimelineFile(name: string): boolean {
	return name.endsWith('.json') && !name.endsWith(SCHEMA_FILE);
}
