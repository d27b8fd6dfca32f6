// npm run schema: writes data/timeline.schema.json from the timeline schema; --check only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../src/lib/model/data-files';
import { timelineJsonSchema } from '../src/lib/schema/json-schema';

const path = `data/${SCHEMA_FILE}`;
const text = `${JSON.stringify(timelineJsonSchema(), null, '\t')}\n`;

if (process.argv.includes('--check')) {
	let current = '';
	try {
		current = readFileSync(path, 'utf8');
	} catch {
		// a missing file is out of date too
	}
	if (current !== text) {
		console.error(
			`${path} is out of date with src/lib/schema; run \`npm run schema\` and commit it`
		);
		process.exit(1);
	}
	console.log(`${path} is current`);
} else {
	writeFileSync(path, text);
	console.log(`wrote ${path}`);
}
