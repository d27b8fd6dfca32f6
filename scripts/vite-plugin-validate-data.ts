// Stops a build (and flags a dev server) when a timeline or translation in data/ is invalid, listing
// every problem.
import { readdirSync, statSync } from 'node:fs';
import type { Plugin, ViteDevServer } from 'vite';
import { dataDir, isTimelineFile, translationFileOf } from '../src/lib/model/data-files';
import { checkDataFolder } from './data-folder';

function problemsIn(dir: string): string[] {
	return checkDataFolder(dir).flatMap((check) => check.problems);
}

function isDataFile(name: string): boolean {
	return isTimelineFile(name) || translationFileOf(name) !== undefined;
}

const CHECKED = 'DYAD_DATA_CHECKED';

/** The data folder's timeline files with their sizes and times: changes when any of them does. */
function stampOf(dir: string): string {
	return readdirSync(dir)
		.filter(isDataFile)
		.sort()
		.map((name) => {
			const { size, mtimeMs } = statSync(`${dir}/${name}`);
			return `${dir}/${name}:${size}:${mtimeMs}`;
		})
		.join('|');
}

function report(lines: string[]): string {
	return `invalid timeline data (${lines.length} problem(s)):\n${lines.join('\n')}\nFix them; \`npm run validate\` checks again.`;
}

export function validateData(dir = dataDir()): Plugin {
	let serving = false;
	return {
		name: 'dyad:validate-data',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		buildStart() {
			// A build loads this plugin again for each environment (server, then client) in one
			// process: data already found valid, unchanged since, is not read again.
			const stamp = stampOf(dir);
			if (!serving && process.env[CHECKED] === stamp) return;
			const lines = problemsIn(dir);
			if (!lines.length) {
				process.env[CHECKED] = stamp;
				return;
			}
			// A dev server keeps running and shows the problems on the page; a build stops.
			if (serving) this.warn(report(lines));
			else this.error(report(lines));
		},
		configureServer(server: ViteDevServer) {
			server.watcher.on('change', (path) => {
				if (!path.includes(`/${dir}/`) || !isDataFile(path)) return;
				const lines = problemsIn(dir);
				if (lines.length) {
					server.config.logger.error(report(lines));
					server.ws.send({ type: 'error', err: { message: report(lines), stack: '' } });
				}
			});
		}
	};
}
