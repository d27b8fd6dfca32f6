import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '$lib/model/load';
import type { CslItem } from '$lib/schema/csl';
import { bibtexOf, exportBody, exportFiles, risOf } from './exports';

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
