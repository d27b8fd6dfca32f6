// Writes the whole app (explorer, seminar mode, handout) with its data, in every language, as one
// HTML file that works opened from disk with no network: `npm run export:single` writes
// dist/dyad.html, which opens in English; `-- --lang ru` (or fa) writes dist/dyad-ru.html, which opens
// in that language. The file's path is the last line printed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGES, languageOf, type Language } from '../src/lib/i18n/languages';
import { checkScripts, safeInlineScripts } from './inline-script';
import { writeSingleData } from './single-data';
import { viteBuild } from './vite-build';

const WORK = '.single';
const BUILD = join(WORK, 'build');
const OUT_DIR = 'dist';

/** The language given with --lang, checked: English when none is. */
function openingLanguage(args: readonly string[]): Language {
	const at = args.indexOf('--lang');
	if (at < 0) return 'en';
	const given = args[at + 1];
	const language = languageOf(given);
	if (!language)
		throw new Error(
			`--lang ${given ?? ''}: the file can open in ${LANGUAGES.join(', ')}; give one of them`
		);
	return language;
}

function build(language: Language): void {
	const env = {
		DYAD_SINGLE: '1',
		VITE_DYAD_SINGLE: '1',
		VITE_DYAD_SINGLE_LANGUAGE: language,
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
	const language = openingLanguage(process.argv.slice(2));
	const out = join(OUT_DIR, language === 'en' ? 'dyad.html' : `dyad-${language}.html`);
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	const slugs = writeSingleData(join(WORK, 'data.json'));
	console.log(`bundling ${slugs.length} timeline(s): ${slugs.join(', ')}`);
	build(language);
	const page = join(BUILD, 'index.html');
	if (!existsSync(page))
		throw new Error(`the build wrote no ${page}: ${readdirSync(BUILD).join(', ')}`);
	const html = safeInlineScripts(inlineIcon(readFileSync(page, 'utf8')));
	checkSelfContained(html);
	checkScripts(html);
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(out, html);
	console.log(`${(html.length / 1024).toFixed(0)} KB, self-contained, opens in ${language}`);
	console.log(resolve(out));
}

try {
	main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
