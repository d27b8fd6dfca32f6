// `npm run size`: gzipped JS + CSS of /, /ru/, /fa/ and /embed/ in Chromium, to interactive and after a zoom.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from './chromium';
import { pageLoads } from './page-loads';
import { startupAssets } from './startup-assets';
import { serveStatic } from './static-server';

const BUILD_DIR = process.env.BUILD_DIR || 'build';
const REPORT = '.bench/size.json';
/** Each page's URL and its HTML file in the build. */
const PAGES: Record<string, string> = {
	'/': 'index.html',
	'/ru/': 'ru/index.html',
	'/fa/': 'fa/index.html',
	'/embed/': 'embed/index.html'
};
const BUDGETS_KB = { critical: 75, afterGesture: 100 };
const FIGURES = { critical: 'critical JS+CSS', afterGesture: 'after the first gesture' };
type Figure = keyof typeof BUDGETS_KB;

interface FileRow {
	file: string;
	gzip: number;
	brotli: number;
	critical: boolean;
}

interface PageReport extends Record<Figure, { gzip: number; brotli: number; budget: number }> {
	files: FileRow[];
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes: Buffer) =>
	brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function total(rows: FileRow[], figure: Figure) {
	const counted = rows.filter((row) => figure === 'afterGesture' || row.critical);
	const sum = (key: 'gzip' | 'brotli') => counted.reduce((all, row) => all + row[key], 0);
	return { gzip: sum('gzip'), brotli: sum('brotli'), budget: BUDGETS_KB[figure] * 1024 };
}

function printTable(rows: FileRow[]): void {
	const width = Math.max(4, ...rows.map((row) => row.file.length));
	const line = (file: string, gz: string, br: string, loaded: string) =>
		console.log(`${file.padEnd(width)}  ${gz.padStart(9)}  ${br.padStart(9)}  ${loaded}`);
	line('file', 'gzip -9', 'brotli', 'loaded');
	for (const row of rows) {
		line(row.file, String(row.gzip), String(row.brotli), row.critical ? 'critical' : 'later');
	}
}

/** The static walk of the page's tags, modulepreload links and imports against the critical set. */
function crossCheck(html: string, rows: FileRow[]): void {
	const walked = startupAssets(BUILD_DIR, html).map((asset) => asset.file);
	const critical = rows.filter((row) => row.critical).map((row) => row.file);
	const onlyWalked = walked.filter((file) => !critical.includes(file));
	const onlyCritical = critical.filter((file) => !walked.includes(file));
	const same = onlyWalked.length === 0 && onlyCritical.length === 0;
	console.log(`static walk of ${html}: ${same ? 'the same files as critical' : 'DIFFERENT'}`);
	for (const file of onlyWalked) console.log(`  only in the static walk: ${file}`);
	for (const file of onlyCritical) console.log(`  only critical in the browser: ${file}`);
}

/** Measures one page, prints its table and figures, and returns its report and any overshoots. */
async function measure(browser: Browser, origin: string, path: string, html: string) {
	const rows = (await pageLoads(browser, origin + path)).map(({ file, body, critical }) => ({
		file,
		gzip: gzip(body),
		brotli: brotli(body),
		critical
	}));
	console.log(`\n${path} (${BUILD_DIR}/${html}), bytes:\n`);
	printTable(rows);
	console.log(`HTML (not counted): ${kb(gzip(readFileSync(join(BUILD_DIR, html))))} gzip`);
	const report = { critical: total(rows, 'critical'), afterGesture: total(rows, 'afterGesture') };
	const overshoots: string[] = [];
	for (const figure of ['critical', 'afterGesture'] as const) {
		const { gzip: bytes, brotli: brotliBytes, budget } = report[figure];
		const against = `budget ${BUDGETS_KB[figure]} KB`;
		console.log(
			`${`${FIGURES[figure]}:`.padEnd(25)} ${kb(bytes)} gzip (${against}), ${kb(brotliBytes)} brotli`
		);
		if (bytes > budget) {
			overshoots.push(
				`${path} ${FIGURES[figure]}: ${kb(bytes)} gzip, ${kb(bytes - budget)} over its ${BUDGETS_KB[figure]} KB budget`
			);
		}
	}
	crossCheck(html, rows);
	return { report: { ...report, files: rows } satisfies PageReport, overshoots };
}

async function main(): Promise<number> {
	const missing = Object.values(PAGES).filter((html) => !existsSync(join(BUILD_DIR, html)));
	if (missing.length) {
		console.error(`${BUILD_DIR}/${missing[0]} not found: run \`npm run size\` (it builds first).`);
		return 1;
	}
	const executablePath = findChromium();
	if (!executablePath) {
		console.error(HOW_TO_GET_CHROMIUM);
		return 1;
	}
	const server = await serveStatic(BUILD_DIR, 0);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
	const pages: Record<string, PageReport> = {};
	const overshoots: string[] = [];
	try {
		for (const [path, html] of Object.entries(PAGES)) {
			const result = await measure(browser, server.origin, path, html);
			pages[path] = result.report;
			overshoots.push(...result.overshoots);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	mkdirSync('.bench', { recursive: true });
	writeFileSync(REPORT, `${JSON.stringify({ pages }, null, '\t')}\n`);
	console.log(`\nwritten to ${REPORT}`);
	for (const overshoot of overshoots) console.error(`over budget: ${overshoot}`);
	return overshoots.length ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
