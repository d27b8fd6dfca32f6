// npm run validate [files…]: checks timeline files (default: every one in data/), printing each problem
// as `file:line:column  path  message (hint)`, and exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { dataDir, isTimelineFile } from '../src/lib/model/data-files';
import { reportLines, validateTimelineBytes } from '../src/lib/validate/validate';

const given = process.argv.slice(2);
const files = given.length
	? given
	: readdirSync(dataDir())
			.filter(isTimelineFile)
			.sort()
			.map((name) => `${dataDir()}/${name}`);

let failed = 0;
for (const file of files) {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		console.error(`${file}:1:1  (file)  cannot read the file: ${code} (check the path)`);
		failed++;
		continue;
	}
	const result = validateTimelineBytes(bytes, file);
	if (result.ok) {
		const { events, periods, references } = result.data;
		console.log(
			`${file}: valid (${events.length} events, ${periods.length} periods, ${references.length} references)`
		);
	} else {
		failed++;
		for (const line of reportLines(result.problems)) console.error(line);
		console.error(`${file}: ${result.problems.length} problem(s)`);
	}
}
if (files.length === 0) console.error(`no timeline files found in ${dataDir()}/`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
