// Builds the site with synthetic timelines of 100, 1,000, 10,000 and 20,000 events and measures each
// explorer page in Chromium: first paint, time to an interactive chart, and frame times and long
// tasks while zooming and panning.
// Usage: `tsx scripts/bench.ts [--no-build] [--keep-build]`; results go to .bench/results.json.
// The build is removed afterwards unless kept, since `eslint .` would otherwise lint its bundles.
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { measurePage, type PageRun } from './bench-page';
import { printTable, summarize, type PageResult } from './bench-report';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from './chromium';
import { resolvePath, serveStatic, type StaticServer } from './static-server';
import { syntheticTimeline } from './synthetic';
import { viteBuild } from './vite-build';

const BENCH_DIR = '.bench';
const DATA_DIR = join(BENCH_DIR, 'data');
const BUILD_DIR = join(BENCH_DIR, 'build');
const PORT = 4199;
const RUNS = 3;
const SYNTHETIC_SIZES = [100, 1000, 10000, 20000];
const PAGES = ['/t/iran-russia/', ...SYNTHETIC_SIZES.map((count) => `/t/synthetic-${count}/`)];

function writeData(): Record<string, number> {
	rmSync(DATA_DIR, { recursive: true, force: true });
	mkdirSync(DATA_DIR, { recursive: true });
	const counts: Record<string, number> = {};
	for (const count of SYNTHETIC_SIZES) {
		writeFileSync(
			join(DATA_DIR, `synthetic-${count}.json`),
			JSON.stringify(syntheticTimeline(count))
		);
		counts[`synthetic-${count}`] = count;
	}
	copyFileSync('data/iran-russia.json', join(DATA_DIR, 'iran-russia.json'));
	copyFileSync('data/timeline.schema.json', join(DATA_DIR, 'timeline.schema.json'));
	counts['iran-russia'] = JSON.parse(readFileSync('data/iran-russia.json', 'utf8')).events.length;
	return counts;
}

function build(): void {
	const started = Date.now();
	// The same heap limit as `npm run build`: the 20,000-event timeline builds within it.
	viteBuild(
		{ DYAD_DATA_DIR: DATA_DIR, BUILD_DIR, NODE_OPTIONS: '--max-old-space-size=640' },
		join(BENCH_DIR, 'build.log')
	);
	console.log(`built ${BUILD_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The URL a page is served at: SvelteKit writes `/t/a/` as `t/a.html`, served as `/t/a`. */
function pageUrl(path: string): string {
	const { file, redirect } = resolvePath(resolve(BUILD_DIR), path);
	if (!file && !redirect) throw new Error(`${BUILD_DIR} has no page for ${path}`);
	return redirect ?? path;
}

async function measure(browser: Browser, origin: string, counts: Record<string, number>) {
	const results: PageResult[] = [];
	for (const path of PAGES) {
		const url = pageUrl(path);
		const file = resolvePath(resolve(BUILD_DIR), url).file ?? '';
		const runs: PageRun[] = [];
		for (let run = 1; run <= RUNS; run++) {
			process.stdout.write(`measuring ${url} (run ${run}/${RUNS})… `);
			runs.push(await measurePage(browser, origin + url));
			console.log('done');
		}
		const slug = path.split('/')[2] ?? '';
		const htmlBytes = statSync(file).size;
		results.push(summarize({ path, url, events: counts[slug] ?? 0, htmlBytes, runs }));
	}
	return results;
}

/** A note when other work shares the machine, since it skews every figure. */
function machineLoad(): { cpus: number; loadAverage: number } {
	const load = { cpus: cpus().length, loadAverage: Number((loadavg()[0] ?? 0).toFixed(2)) };
	if (load.loadAverage > load.cpus / 2) {
		console.log(
			`note: load average ${load.loadAverage} on ${load.cpus} CPUs; figures will be noisy`
		);
	}
	return load;
}

async function serve(): Promise<StaticServer> {
	try {
		return await serveStatic(BUILD_DIR, PORT);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE') throw new Error(`port ${PORT} is in use; stop whatever serves it`);
		throw error;
	}
}

/** Set on Ctrl-C or SIGTERM: the run is being stopped on purpose, so its errors are not news. */
let interrupted: NodeJS.Signals | undefined;

async function main(): Promise<number> {
	const executablePath = findChromium();
	if (!executablePath) {
		console.error(HOW_TO_GET_CHROMIUM);
		return 1;
	}
	const load = machineLoad();
	mkdirSync(BENCH_DIR, { recursive: true });
	const counts = writeData();
	if (!process.argv.includes('--no-build')) build();
	else if (!existsSync(join(BUILD_DIR, 'index.html'))) {
		throw new Error(`no ${BUILD_DIR} to reuse: build once with \`--keep-build\` first`);
	}

	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const cleanUp = async () => {
		await browser?.close().catch(() => {});
		await server?.close();
		if (!process.argv.includes('--keep-build')) rmSync(BUILD_DIR, { recursive: true, force: true });
	};
	const stop = (signal: NodeJS.Signals) => {
		interrupted = signal;
		void cleanUp().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
	};
	process.once('SIGINT', stop).once('SIGTERM', stop);
	try {
		server = await serve();
		browser = await chromium.launch({ executablePath, args: chromiumArgs() });
		const results = await measure(browser, server.origin, counts);
		printTable(results, RUNS);
		const report = {
			date: new Date().toISOString(),
			browser: `Chromium ${browser.version()}`,
			node: process.version,
			...load,
			viewport: '1280x800',
			runs: RUNS,
			pages: results
		};
		writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(report, null, '\t')}\n`);
		console.log(`\nresults written to ${join(BENCH_DIR, 'results.json')}`);
		return 0;
	} finally {
		await cleanUp();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (interrupted) return;
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
