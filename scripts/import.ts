// npm run import -- <file.json|file.csv> [--out data/<slug>.json] [--actors IR:Iran,CN:China]
// [--language en]: converts a TimelineJS file, a TimelineJS spreadsheet (CSV) or a Dyad events table
// into a Dyad timeline, printing what it could not carry over and every problem the validator finds,
// each at its place in the given file with that line shown; writes the timeline with --out when it
// is valid. A Dyad events table takes the rest of its timeline from data/<its timeline>.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FORMAT_NAMES, type ImportActor } from '../src/lib/import/conversion';
import { openTimelineFile } from '../src/lib/import/open-file';
import { dataDir } from '../src/lib/model/data-files';
import { formatPath } from '../src/lib/validate/json-source';
import { excerpt } from '../src/lib/import/excerpt';

function option(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at < 0 ? undefined : process.argv[at + 1];
}

function actors(given: string | undefined): [ImportActor, ImportActor] | undefined {
	if (!given) return undefined;
	const parsed = given.split(',').map((part) => {
		const [code = '', ...name] = part.split(':');
		return { code: code.trim().toUpperCase(), name: name.join(':').trim() };
	});
	if (parsed.length !== 2 || parsed.some((a) => !/^[A-Z]{2}$/.test(a.code) || !a.name)) {
		console.error('--actors names the two states as CODE:Name,CODE:Name, e.g. IR:Iran,CN:China');
		process.exit(2);
	}
	return [parsed[0]!, parsed[1]!];
}

const file = process.argv
	.slice(2)
	.find((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--'));
if (!file) {
	console.error(
		'usage: npm run import -- <file.json|file.csv> [--out data/<slug>.json] [--actors IR:Iran,CN:China] [--language en]'
	);
	process.exit(2);
}
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch (error) {
	console.error(
		`${file}:1:1  (file)  cannot read the file: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`
	);
	process.exit(1);
}
const lines = text.split(/\r\n|\r|\n/);
const result = await openTimelineFile(text, file, {
	actors: actors(option('--actors')),
	language: option('--language') ?? 'en',
	base: (slug) => {
		const path = `${dataDir()}/${slug}.json`;
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	}
});
for (const warning of result.warnings) {
	const hint = warning.hint ? ` (${warning.hint})` : '';
	console.warn(`${file}:${warning.line}:${warning.column}  warning: ${warning.message}${hint}`);
	console.warn(excerpt(lines, warning));
}
if (!result.ok) {
	for (const problem of result.problems) {
		const hint = problem.hint ? ` (${problem.hint})` : '';
		console.error(
			`${file}:${problem.line}:${problem.column}  ${formatPath(problem.path)}  ${problem.message}${hint}`
		);
		console.error(excerpt(lines, problem));
	}
	const format = result.format ? FORMAT_NAMES[result.format] : 'an unknown format';
	console.error(
		`${file} (${format}): ${result.problems.length} problem(s), ${result.warnings.length} warning(s)`
	);
	process.exit(1);
}
const out = option('--out');
console.log(
	`${file} (${FORMAT_NAMES[result.format]}): a valid timeline of ${result.data.events.length} events, ${result.warnings.length} warning(s)`
);
if (out) {
	writeFileSync(out, result.json);
	console.log(`wrote ${out}`);
}
