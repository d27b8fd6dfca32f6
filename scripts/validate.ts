// npm run validate [files…]: checks timeline files and their translations (default: every one in
// data/), printing each problem as `file:line:column  path  message (hint)`, and exits 1 when there
// is any. A translation given alone is checked against the timeline beside it.
import { isTimelineFile, translationFileOf } from '../src/lib/model/data-files';
import {
	checkDataFolder,
	checkTimelineFile,
	checkTranslationFile,
	type FileCheck
} from './data-folder';
import { dataDir } from '../src/lib/model/data-files';

function checkGiven(file: string): FileCheck {
	const of = translationFileOf(file);
	if (of && !isTimelineFile(file)) {
		const timeline = file.replace(/[^/]*$/, `${of.slug}.json`);
		return checkTranslationFile(file, checkTimelineFile(timeline).data);
	}
	return checkTimelineFile(file);
}

const given = process.argv.slice(2);
const checks = given.length ? given.map(checkGiven) : checkDataFolder(dataDir());

let failed = 0;
for (const check of checks) {
	if (check.problems.length === 0) console.log(`${check.file}: valid (${check.summary})`);
	else {
		failed++;
		for (const line of check.problems) console.error(line);
		console.error(`${check.file}: ${check.problems.length} problem(s)`);
	}
}
if (checks.length === 0) console.error(`no timeline files found in ${dataDir()}/`);
process.exit(failed > 0 || checks.length === 0 ? 1 : 0);
