// The JavaScript and CSS a prerendered page loads on startup, found by reading the build as the
// browser would: the page's tags, its inline bootstrap, the route's nodes and every static import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface StartupAsset {
	/** Path relative to the build folder. */
	file: string;
	/** How the page reaches it: a tag, the bootstrap, a route node or an import. */
	via: string;
}

const TAGS: [RegExp, string][] = [
	[/<script\b[^>]*\bsrc="([^"]+)"/g, 'script'],
	[/<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/g, 'modulepreload'],
	[/<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"/g, 'stylesheet']
];
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

// Static `import … from "./x.js"`, bare `import "./x.js"` and `export … from "./x.js"`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`]+)\1/g;

const isCode = (file: string) => /\.(?:js|mjs|css)$/.test(file);

function matches(text: string, pattern: RegExp): string[] {
	return [...text.matchAll(pattern)].map((match) => match[match.length - 1] ?? '');
}

/**
 * The route nodes loaded at startup: the page's own (`node_ids: [0, 2]` in the bootstrap) plus the
 * root layout (0) and root error page (1), which SvelteKit's `start()` always loads eagerly.
 */
export function startupNodeIds(html: string): number[] {
	const list = /node_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1];
	if (list === undefined) return [];
	const ids = list
		.split(',')
		.filter((id) => id.trim())
		.map(Number);
	return [...new Set([...ids, 0, 1])];
}

/** A node's file and the files Vite preloads with it, read from the app entry's `nodes` list. */
function nodeFiles(buildDir: string, appEntry: string, nodeId: number): string[] {
	const code = readFileSync(join(buildDir, appEntry), 'utf8');
	const base = dirname(appEntry);
	const table = /m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
	const deps = matches(table, /"([^"]+)"/g);
	const call = new RegExp(
		`import\\(["'\`](\\.{1,2}/nodes/${nodeId}\\.[^"'\`]+)["'\`]\\)(?:,__vite__mapDeps\\(\\[([\\d,]*)\\]\\))?`
	).exec(code);
	if (call?.[1]) {
		const indexes = (call[2] ?? '').split(',').filter(Boolean).map(Number);
		const paths = [call[1], ...indexes.map((index) => deps[index] ?? '')];
		return paths.filter(Boolean).map((path) => join(base, path));
	}
	// No preload table (a different bundler output): fall back to the node's file name.
	const dir = join(buildDir, '_app/immutable/nodes');
	const name = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith(`${nodeId}.`));
	return name ? [join('_app/immutable/nodes', name)] : [];
}

/** Every JS and CSS file `page` (an HTML file in `buildDir`) loads at startup, each once. */
export function startupAssets(buildDir: string, page: string): StartupAsset[] {
	const root = resolve(buildDir);
	const html = readFileSync(join(root, page), 'utf8');
	const found = new Map<string, string>();
	const queue: StartupAsset[] = [];
	const add = (file: string, via: string) => {
		if (!isCode(file) || found.has(file) || !existsSync(join(root, file))) return;
		found.set(file, via);
		queue.push({ file, via });
	};

	const fromPage = (url: string, via: string) =>
		add(join(dirname(page), url.split('?')[0] ?? ''), via);
	for (const [pattern, via] of TAGS) for (const url of matches(html, pattern)) fromPage(url, via);
	for (const script of matches(html, INLINE_SCRIPT)) {
		for (const url of matches(script, DYNAMIC_IMPORT)) fromPage(url, 'inline import()');
	}
	const appEntry = [...found.keys()].find((file) => /\/entry\/app\.[^/]+\.js$/.test(file));
	if (appEntry) {
		for (const id of startupNodeIds(html)) {
			for (const file of nodeFiles(root, appEntry, id)) add(file, `route node ${id}`);
		}
	}
	for (let i = 0; i < queue.length; i++) {
		const { file } = queue[i] as StartupAsset;
		if (!file.endsWith('.js')) continue;
		const code = readFileSync(join(root, file), 'utf8');
		for (const url of matches(code, STATIC_IMPORT)) {
			add(relative(root, resolve(root, dirname(file), url)), `import in ${file}`);
		}
	}
	return [...found].map(([file, via]) => ({ file, via }));
}
