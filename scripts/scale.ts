// `npm run scale`: how long validating and building take, and how much memory, for synthetic
// timelines of 1,000, 10,000 and 20,000 events (the most a timeline may hold), each built beside the
// shipped one as `npm run build` builds. Memory is the largest process's peak resident set, read
// with GNU time (`/usr/bin/time`) where it is installed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../src/lib/schema/limits';
import { syntheticTimeline } from './synthetic';

const WORK = join('.bench', 'scale');
const SIZES = [1000, 10_000, LIMITS.events];
const GNU_TIME = '/usr/bin/time';
const REPORT = join('.bench', 'scale.json');

interface Run {
	seconds: number;
	peakMB?: number;
}

/** Runs a command, timing it and (with GNU time) reading its peak memory; throws on failure. */
function measure(command: string[], env: Record<string, string>, log: string): Run {
	const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-v', ...command] : command;
	const started = performance.now();
	const result = spawnSync(timed[0]!, timed.slice(1), {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const seconds = (performance.now() - started) / 1000;
	writeFileSync(log, `${result.stdout}\n${result.stderr}`);
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed; see ${log}`);
	const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
	return { seconds, peakMB: peak ? Number(peak) / 1024 : undefined };
}

const format = ({ seconds, peakMB }: Run) =>
	`${seconds.toFixed(1)} s${peakMB ? `, ${Math.round(peakMB)} MB` : ''}`;

const rows: Record<string, { validate: Run; build: Run }> = {};
for (const count of SIZES) {
	const dir = join(WORK, String(count));
	const data = join(dir, 'data');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(data, { recursive: true });
	const file = join(data, `synthetic-${count}.json`);
	writeFileSync(file, JSON.stringify(syntheticTimeline(count)));
	copyFileSync('data/iran-russia.json', join(data, 'iran-russia.json'));
	const validate = measure(
		['npx', 'tsx', 'scripts/validate.ts', file],
		{},
		join(dir, 'validate.log')
	);
	const build = measure(
		['npm', 'run', 'build'],
		{ DYAD_DATA_DIR: data, BUILD_DIR: join(dir, 'build'), KIT_OUT_DIR: join(dir, 'kit') },
		join(dir, 'build.log')
	);
	rows[count] = { validate, build };
	console.log(
		`${String(count).padStart(6)} events: validate ${format(validate)}; build ${format(build)}`
	);
	rmSync(join(dir, 'build'), { recursive: true, force: true });
}
mkdirSync('.bench', { recursive: true });
writeFileSync(REPORT, JSON.stringify(rows, null, '\t') + '\n');
if (!existsSync(GNU_TIME)) console.log(`(no ${GNU_TIME} here: memory not measured)`);
console.log(
	`written to ${REPORT}; file sizes: ${SIZES.map((n) => `${n}: ${(readFileSync(join(WORK, String(n), 'data', `synthetic-${n}.json`)).length / 1e6).toFixed(1)} MB`).join(', ')}`
);
