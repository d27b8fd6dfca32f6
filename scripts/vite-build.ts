// Runs `vite build` with extra environment variables, its output in a log file; on failure, throws
// with the log's last lines. Used by the benchmark and the single-file export.
import { spawnSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

export function viteBuild(env: Record<string, string>, log: string): void {
	const result = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`vite build failed (full log in ${log}):\n${tail}`);
	}
}
