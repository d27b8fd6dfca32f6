import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '$lib/model/load';
import type { CslItem } from '$lib/schema/csl';
import { bibtexOf, exportBody, exportFiles, risOf, risValue } from './exports';

const FILE = 'data/iran-russia.json';
const source = readFileSync(FILE, 'utf8');
const timeline = loadTimeline(FILE, source);
const article = timeline.article!.publication;
const references = timeline.references.map((reference) => reference.item);
const ids = references.map((item) => item.id);

/** The same timeline without its article: no claims, and what cited the article cites reference 1. */
function withoutArticle() {
	const data = JSON.parse(source);
	const articleId = data.article.publication.id;
	delete data.article;
	for (const event of data.events) event.claims = [];
	for (const story of data.stories) for (const step of story.steps) delete step.claim;
	for (const cited of [...data.events, ...data.periods]) {
		for (const ref of cited.sources) if (ref.ref === articleId) ref.ref = data.references[0].id;
	}
	return loadTimeline('data/no-article.json', JSON.stringify(data));
}

function reference(id: string): CslItem {
	const item = references.find((candidate) => candidate.id === id);
	if (!item) throw new Error(`no reference "${id}" in ${FILE}`);
	return item;
}

/** The BibTeX entries of a file, each from its `@type{` to its closing brace. */
function bibtexEntries(bibtex: string): string[] {
	return bibtex.split(/\n\n(?=@)/).map((entry) => entry.trim());
}

/** Whether every brace in the text, other than escaped ones, is closed in order. */
function bracesBalance(text: string): boolean {
	let depth = 0;
	for (const brace of text.replace(/\\[{}]/g, '').replace(/[^{}]/g, '')) {
		depth += brace === '{' ? 1 : -1;
		if (depth < 0) return false;
	}
	return depth === 0;
}

/** The RIS records of a file, each as its lines. */
function risRecords(ris: string): string[][] {
	return ris
		.replace(/\n+$/, '')
		.split(/\n\n(?=TY {2}- )/)
		.map((record) => record.split('\n'));
}

const SADEGI_BIBTEX = `@article{sadegi-2020,
	address = {Moscow},
	author = {Sadegi, E. Mir Mohammad},
	journal = {RUDN Journal of Political Science},
	doi = {10.22363/2313-1438-2020-22-2-276-289},
	issn = {2313-1438},
	number = {2},
	year = {2020},
	pages = {276--289},
	publisher = {Peoples' Friendship University of Russia},
	title = {Iran-{Russia} {Defense} and {Security} {Cooperation}},
	url = {https://journals.rudn.ru/political-science/article/view/23652},
	volume = {22},
}
`;

const SADEGI_RIS = `TY  - JOUR
AU  - Sadegi, E. Mir Mohammad
DA  - 2020///
PY  - 2020
DO  - 10.22363/2313-1438-2020-22-2-276-289
ID  - sadegi-2020
IS  - 2
SN  - 2313-1438
SP  - 276-289
T2  - RUDN Journal of Political Science
TI  - Iran-Russia Defense and Security Cooperation
UR  - https://journals.rudn.ru/political-science/article/view/23652
VL  - 22
ER  - 
`;

describe('bibtexOf', () => {
	it('writes the article as one @article entry with its DOI, title, journal and pages', () => {
		expect(bibtexOf([article])).toBe(SADEGI_BIBTEX);
	});

	it('writes one entry per reference, keyed by its id, in numbered order', () => {
		const bibtex = bibtexOf(references);
		const keys = [...bibtex.matchAll(/^@\w+\{([^,\n]+),$/gm)].map((match) => match[1]);
		expect(keys).toEqual(ids);
		expect(bibtexEntries(bibtex)).toHaveLength(references.length);
	});

	it('closes every brace it opens, in every entry', () => {
		const unbalanced = bibtexEntries(bibtexOf(references)).filter((e) => !bracesBalance(e));
		expect(unbalanced).toEqual([]);
	});

	it('writes a literal author as one braced name', () => {
		expect(bibtexOf([reference('oic-1999-12-chechnya-communique')])).toContain(
			'\tauthor = {{Organisation of the Islamic Conference}},\n'
		);
	});

	it('writes an item without author or date as an entry with its title and URL, and no year', () => {
		const bibtex = bibtexOf([reference('faolex-ru-ir-npp-agreement-1992')]);
		expect(bibtex).toMatch(/^@misc\{faolex-ru-ir-npp-agreement-1992,\n/);
		expect(bibtex).toContain('\ttitle = {Agreement between the {Government} of the {Russian}');
		expect(bibtex).toContain(
			'\turl = {https://leap.unep.org/en/countries/ru/national-legislation/agreement-between-government-russian-federation-and-225},\n'
		);
		expect(bibtex).not.toMatch(/\b(author|year) = /);
		expect(bracesBalance(bibtex)).toBe(true);
	});

	it('keeps non-Latin titles as UTF-8 text', () => {
		expect(bibtexOf([reference('rbc-2015-01-20-military-agreement')])).toContain(
			'\ttitle = {Россия и Иран подписали соглашение о военном сотрудничестве},\n'
		);
	});

	it("escapes LaTeX's special characters in text but not in URLs and DOIs", () => {
		const bibtex = bibtexOf([
			{
				id: 'specials',
				type: 'report',
				title: 'R&D: 50% of $25 #1',
				author: [{ literal: 'Smith_Jones & Co' }],
				URL: 'https://example.org/a_b?c=1&d=2#e',
				DOI: '10.1234/a_b'
			}
		]);
		expect(bibtex).toContain('\ttitle = {R\\&{D}: 50\\% of \\$25 \\#1},\n');
		expect(bibtex).toContain('\tauthor = {{Smith\\_Jones \\& Co}},\n');
		expect(bibtex).toContain('\turl = {https://example.org/a_b?c=1&d=2#e},\n');
		expect(bibtex).toContain('\tdoi = {10.1234/a_b},\n');
	});

	it('leaves the items it is given unchanged', () => {
		const before = structuredClone(references);
		bibtexOf(references);
		expect(references).toEqual(before);
	});
});

describe('risOf', () => {
	it('writes the article as one JOUR record with its DOI, URL, journal and pages', () => {
		expect(risOf([article])).toBe(SADEGI_RIS);
	});

	it('writes one TY … ER record per reference, in numbered order, with the full id as ID', () => {
		const records = risRecords(risOf(references));
		expect(records.map((lines) => [lines[0]?.slice(0, 6), lines.at(-1)])).toEqual(
			references.map(() => ['TY  - ', 'ER  - '])
		);
		expect(records.map((lines) => lines.find((line) => line.startsWith('ID  - ')))).toEqual(
			ids.map((id) => `ID  - ${id}`)
		);
	});

	it('writes DO and UR lines exactly where the item has a DOI or URL', () => {
		const records = risRecords(risOf([article, ...references]));
		[article, ...references].forEach((item, index) => {
			const lines = records[index] ?? [];
			expect(lines.filter((line) => line.startsWith('DO  - '))).toEqual(
				item.DOI ? [`DO  - ${item.DOI}`] : []
			);
			expect(lines.filter((line) => line.startsWith('UR  - '))).toEqual(
				item.URL ? [`UR  - ${item.URL}`] : []
			);
		});
	});

	it('puts every value on one tagged line, however long', () => {
		const untagged = risOf(references)
			.split('\n')
			.filter((line) => line !== '' && !/^[A-Z][A-Z0-9] {2}- /.test(line));
		expect(untagged).toEqual([]);
	});

	it('writes a literal author as one AU line', () => {
		expect(risOf([reference('oic-1999-12-chechnya-communique')])).toContain(
			'\nAU  - Organisation of the Islamic Conference\n'
		);
	});

	it('writes an item without author or date as a record with no AU, PY or DA line', () => {
		const lines = risRecords(risOf([reference('mideastweb-res-1737')]))[0] ?? [];
		expect(lines[0]).toBe('TY  - ELEC');
		expect(lines).toContain('TI  - UN Security Council Resolution 1737');
		expect(lines.filter((line) => /^(AU|PY|DA) {2}- /.test(line))).toEqual([]);
		expect(lines.at(-1)).toBe('ER  - ');
	});
});

// Values that would end a field or an entry, open a brace, start a name or a RIS tag, or be read
// as markup, were they written verbatim.
const HOSTILE = [
	'x},note={INJECTED',
	'}},@misc{injected,title={X},',
	'a}x',
	'{open',
	'close}',
	'back\\slash\\',
	'@comment{x',
	'<i>lone tag',
	'</span>closing',
	'Smith and Jones',
	'AND, or',
	'family=Name, given=X',
	'two\nTY  - JOUR\nER  - ',
	'crlf\r\nAU  - X\rY',
	'separators\u2028and\u2029more\u0085end',
	'%#&_$~^ "quoted"',
	'dash  -  spaced'
];

/** One item with a hostile value in every field the exports write. */
function hostileItem(value: string, index: number): CslItem {
	return {
		id: `hostile-${index}`,
		type: 'article-journal',
		title: `Title ${value}`,
		author: [{ family: `Family ${value}`, given: `Given ${value}` }, { literal: `Body ${value}` }],
		editor: [{ family: `Editor ${value}` }],
		'container-title': `Journal ${value}`,
		publisher: `Publisher ${value}`,
		'publisher-place': `Place ${value}`,
		note: `Note ${value}`,
		DOI: `10.1234/${value}`,
		URL: `https://example.org/${value}`,
		issued: { 'date-parts': [[2020, 2, 3]] }
	} as CslItem;
}

const hostile = HOSTILE.map(hostileItem);
const TEXT_FIELDS = ['title', 'container-title', 'publisher', 'publisher-place', 'note'] as const;
/** Blanks as a reader sees them: any run is one space. */
const blanks = (text: unknown) =>
	String(text)
		.replace(/[\s\u0085]+/g, ' ')
		.trim();
/** A DOI or URL as written to BibTeX, with what was percent-encoded for it decoded. */
const unescapeVerbatim = (text: unknown) =>
	String(text).replace(/%(?:7B|7D|5C|20|E2%80%A8|E2%80%A9|C2%85|0A|0D)/gi, decodeURIComponent);

type Parsed = Record<string, unknown> & {
	id: string;
	author?: { family?: string; given?: string; literal?: string }[];
	editor?: { family?: string }[];
};

/** Reads a file back with citation-js as the given format (its typings omit the options). */
function readBack(text: string, format: '@biblatex/text' | '@ris/file'): Parsed[] {
	const Reader = Cite as unknown as new (data: string, options: object) => { data: Parsed[] };
	return new Reader(text, { forceType: format }).data;
}

describe('exports with hostile values', () => {
	it('BibTeX reads back as one entry per item with every value as given', () => {
		const bibtex = bibtexOf(hostile);
		const parsed = readBack(bibtex, '@biblatex/text');
		expect(parsed.map((entry) => entry.id)).toEqual(hostile.map((item) => item.id));
		hostile.forEach((item, index) => {
			const entry = parsed[index]!;
			const value = HOSTILE[index]!;
			for (const field of TEXT_FIELDS) {
				expect(blanks(entry[field]), `${field} of ${JSON.stringify(value)}`).toBe(
					blanks(item[field])
				);
			}
			expect(entry.author?.map((name) => [name.family, name.given].map(blanks))).toEqual([
				[`Family ${value}`, `Given ${value}`].map(blanks),
				[blanks(`Body ${value}`), 'undefined']
			]);
			expect(entry.editor?.map((name) => blanks(name.family))).toEqual([blanks(`Editor ${value}`)]);
			expect(unescapeVerbatim(entry.DOI)).toBe(item.DOI);
			// The reader percent-encodes a URL it finds malformed, as a browser would.
			const written = bibtexEntries(bibtex)
				[index]!.split('\n')
				.find((line) => line.startsWith('\turl = {'))
				?.slice('\turl = {'.length, -'},'.length);
			expect([written, encodeURI(written!)]).toContain(entry.URL);
		});
	});

	it('BibTeX closes every brace in the entry that opened it, counting escaped ones too', () => {
		for (const entry of bibtexEntries(bibtexOf(hostile))) {
			let depth = 0;
			const body = entry.slice(entry.indexOf('{'));
			for (const [at, brace] of [...body].entries()) {
				if (brace !== '{' && brace !== '}') continue;
				depth += brace === '{' ? 1 : -1;
				// The entry's own brace closes last, at its very end.
				expect(depth > 0 || at === body.length - 1, entry).toBe(true);
			}
			expect(depth).toBe(0);
		}
	});

	it('BibTeX writes every field of an entry on its own line', () => {
		for (const entry of bibtexEntries(bibtexOf(hostile))) {
			const lines = entry.split('\n');
			expect(lines[0]).toMatch(/^@article\{hostile-\d+,$/);
			expect(lines.slice(1, -1).every((line) => /^\t[a-z]+ = \{.*\},$/.test(line))).toBe(true);
			expect(lines.at(-1)).toBe('}');
		}
	});

	it('RIS reads back as one record per item, with each value on its own tagged line', () => {
		const ris = risOf(hostile);
		const untagged = ris.split('\n').filter((line) => line && !/^[A-Z][A-Z0-9] {2}- /.test(line));
		expect(untagged).toEqual([]);
		expect(
			risRecords(ris).map((lines) => lines.filter((line) => line.startsWith('TY  - ')))
		).toEqual(hostile.map(() => ['TY  - JOUR']));
		const parsed = readBack(ris, '@ris/file');
		expect(parsed.map((record) => record.id)).toEqual(hostile.map((item) => item.id));
		hostile.forEach((item, index) => {
			const record = parsed[index]!;
			for (const field of ['title', 'container-title', 'note'] as const) {
				expect(blanks(record[field]), field).toBe(blanks(item[field]));
			}
			expect(record.URL).toBe(blanks(item.URL));
			// A RIS reader takes a comma in a name to part family from given names.
			const commas = (text: string) => blanks(text).replace(/, */g, ',');
			const names = record.author?.map((name) =>
				commas(name.literal ?? [name.family, name.given].filter(Boolean).join(','))
			);
			expect(names).toEqual([
				commas(`Family ${HOSTILE[index]}, Given ${HOSTILE[index]}`),
				commas(`Body ${HOSTILE[index]}`)
			]);
		});
	});

	it('risValue puts any value on one line with single blanks', () => {
		expect(risValue('a\nTY  - JOUR\r\nER  - ')).toBe('a TY - JOUR ER -');
		expect(risValue('a\u2028b\u2029c\u0085d\re')).toBe('a b c d e');
		expect(risValue('  padded\t\tvalue  ')).toBe('padded value');
		expect(risValue(2020)).toBe('2020');
	});

	it('leaves hostile items unchanged', () => {
		const before = structuredClone(hostile);
		bibtexOf(hostile);
		risOf(hostile);
		expect(hostile).toEqual(before);
	});
});

describe('exportFiles and exportBody', () => {
	it('list the references and the article, in BibTeX and RIS, for a timeline with an article', () => {
		expect(exportFiles(timeline)).toEqual([
			{ file: 'references.bib', type: 'application/x-bibtex; charset=utf-8' },
			{ file: 'references.ris', type: 'application/x-research-info-systems; charset=utf-8' },
			{ file: 'article.bib', type: 'application/x-bibtex; charset=utf-8' },
			{ file: 'article.ris', type: 'application/x-research-info-systems; charset=utf-8' }
		]);
	});

	it('list only the references for a timeline without an article', () => {
		const plain = withoutArticle();
		expect(exportFiles(plain).map(({ file }) => file)).toEqual([
			'references.bib',
			'references.ris'
		]);
		expect(exportBody(plain, 'article.bib')).toBeUndefined();
	});

	it('give each file the text of its items', () => {
		expect(exportBody(timeline, 'references.bib')).toBe(bibtexOf(references));
		expect(exportBody(timeline, 'references.ris')).toBe(risOf(references));
		expect(exportBody(timeline, 'article.bib')).toBe(SADEGI_BIBTEX);
		expect(exportBody(timeline, 'article.ris')).toBe(SADEGI_RIS);
	});

	it.each(['references.txt', 'article', 'constructor', '__proto__', '../references.bib'])(
		'give nothing for a file a timeline does not have: %s',
		(file) => {
			expect(exportBody(timeline, file)).toBeUndefined();
		}
	);
});
