// Writes the whole app (explorer, seminar mode, handout) with its data as one HTML file that works
// opened from disk with no network: `npm run export:single`. The file's path is the last line printed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkScripts, safeInlineScripts } from './inline-script';
import { writeSingleData } from './single-data';
import { viteBuild } from './vite-build';

const WORK = '.single';
const BUILD = join(WORK, 'build');
const OUT_DIR = 'dist';
const OUT = join(OUT_DIR, 'dyad.html');

function build(): void {
	const env = {
		DYAD_SINGLE: '1',
		VITE_DYAD_SINGLE: '1',
		BUILD_DIR: BUILD,
		KIT_OUT_DIR: join(WORK, 'kit'),
		BASE_PATH: ''
	};
	viteBuild(env, join(WORK, 'build.log'));
}

/** The icon, inlined like everything else. */
function inlineIcon(html: string): string {
	const svg = readFileSync('static/favicon.svg');
	return html.replace(
		/<link rel="icon" href="[^"]*favicon\.svg"/,
		`<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}"`
	);
}

/** The build must be one page with everything inline: any other script or style would be missed. */
function checkSelfContained(html: string): void {
	const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
	const external = [...markup.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]+)"/g)]
		.map((m) => m[1] ?? '')
		.filter((url) => !url.startsWith('data:') && !/^https?:/.test(url) && !url.startsWith('#'));
	if (external.length) throw new Error(`the page still loads files: ${external.join(', ')}`);
}

function main(): void {
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	const slugs = writeSingleData(join(WORK, 'data.json'));
	console.log(`bundling ${slugs.length} timeline(s): ${slugs.join(', ')}`);
	build();
	const page = join(BUILD, 'index.html');
	if (!existsSync(page))
		throw new Error(`the build wrote no ${page}: ${readdirSync(BUILD).join(', ')}`);
	const html = safeInlineScripts(inlineIcon(readFileSync(page, 'utf8')));
	checkSelfContained(html);
	checkScripts(html);
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(OUT, html);
	console.log(`${(html.length / 1024).toFixed(0)} KB, self-contained`);
	console.log(resolve(OUT));
}

try {
	main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
