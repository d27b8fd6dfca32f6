// The columns of Dyad's events table (the share dialog's CSV), in order: what it writes and reads.
export const DYAD_CSV_COLUMNS = [
	'timeline',
	'id',
	'date',
	'end',
	'lane',
	'title',
	'summary',
	'side',
	'actors',
	'claims',
	'sources',
	'tags',
	'importance'
] as const;

export type DyadCsvColumn = (typeof DYAD_CSV_COLUMNS)[number];
