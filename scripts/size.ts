// The home page's startup JavaScript + CSS, gzipped, against its budget; checked again in Chromium.
// Usage: `vite build && tsx scripts/size.ts [--no-browser]` (reads $BUILD_DIR, default build/).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from './chromium';
import { startupAssets } from './startup-assets';
import { serveStatic } from './static-server';

const BUDGET_KB = 60;
const BUILD_DIR = process.env.BUILD_DIR || 'build';
const PAGE = 'index.html';

interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

function sizesOf(bytes: Buffer): Sizes {
	return {
		raw: bytes.length,
		gzip: gzipSync(bytes, { level: 9 }).length,
		brotli: brotliCompressSync(bytes, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
		}).length
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (rows: Sizes[], key: keyof Sizes) => rows.reduce((total, row) => total + row[key], 0);

function printTable(rows: (Sizes & { file: string; via: string })[]): void {
	const width = Math.max(4, ...rows.map((row) => row.file.length));
	const line = (file: string, raw: string, gzip: string, brotli: string, via: string) =>
		console.log(
			`${file.padEnd(width)}  ${raw.padStart(9)}  ${gzip.padStart(9)}  ${brotli.padStart(9)}  ${via}`
		);
	line('file', 'raw', 'gzip -9', 'brotli', 'loaded via');
	for (const row of rows) {
		line(row.file, String(row.raw), String(row.gzip), String(row.brotli), row.via);
	}
	line(
		'total',
		String(sum(rows, 'raw')),
		String(sum(rows, 'gzip')),
		String(sum(rows, 'brotli')),
		''
	);
}

/** The JS and CSS Chromium actually fetches for the home page, with gzip sizes of the bodies. */
async function measureInBrowser(executablePath: string): Promise<Map<string, number>> {
	const server = await serveStatic(BUILD_DIR, 0);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
	try {
		const page = await browser.newPage();
		const bodies = new Map<string, Promise<Buffer>>();
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			if (/\.(?:js|css)$/.test(path) && response.ok()) bodies.set(path, response.body());
		});
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		const sizes = new Map<string, number>();
		for (const [path, body] of bodies)
			sizes.set(path.slice(1), gzipSync(await body, { level: 9 }).length);
		return sizes;
	} finally {
		await browser.close();
		await server.close();
	}
}

async function crossCheck(staticFiles: string[], staticGzip: number): Promise<void> {
	const executablePath = findChromium();
	if (!executablePath) {
		console.log(`browser cross-check skipped. ${HOW_TO_GET_CHROMIUM}`);
		return;
	}
	const fetched = await measureInBrowser(executablePath);
	const total = [...fetched.values()].reduce((a, b) => a + b, 0);
	const onlyBrowser = [...fetched.keys()].filter((file) => !staticFiles.includes(file));
	const onlyStatic = staticFiles.filter((file) => !fetched.has(file));
	const same = onlyBrowser.length === 0 && onlyStatic.length === 0 && total === staticGzip;
	console.log(
		`Chromium fetched ${fetched.size} JS/CSS files, ${kb(total)} gzip: ${same ? 'the same files and bytes' : 'DIFFERENT'}`
	);
	for (const file of onlyBrowser) console.log(`  only in the browser: ${file}`);
	for (const file of onlyStatic) console.log(`  only in the static count: ${file}`);
}

async function main(): Promise<number> {
	if (!existsSync(join(BUILD_DIR, PAGE))) {
		console.error(
			`${BUILD_DIR}/${PAGE} not found: run \`vite build\` first (or \`npm run size\`).`
		);
		return 1;
	}
	const rows = startupAssets(BUILD_DIR, PAGE).map((asset) => ({
		...asset,
		...sizesOf(readFileSync(join(BUILD_DIR, asset.file)))
	}));
	console.log(`Startup JavaScript and CSS of ${BUILD_DIR}/${PAGE} (bytes):\n`);
	printTable(rows);
	const html = sizesOf(readFileSync(join(BUILD_DIR, PAGE)));
	const gzip = sum(rows, 'gzip');
	console.log(
		`\nHTML (not counted): ${kb(html.raw)} raw, ${kb(html.gzip)} gzip, ${kb(html.brotli)} brotli`
	);
	console.log(`JS+CSS brotli (for information): ${kb(sum(rows, 'brotli'))}`);
	if (!process.argv.includes('--no-browser')) {
		await crossCheck(
			rows.map((row) => row.file),
			gzip
		);
	}
	console.log(`home page JS+CSS: ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
	if (gzip <= BUDGET_KB * 1024) return 0;
	console.error(`over budget by ${kb(gzip - BUDGET_KB * 1024)}`);
	return 1;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
