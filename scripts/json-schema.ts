// npm run schema: writes data/timeline.schema.json and data/translation.schema.json from the schemas
// in src/lib/schema; --check only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_FILE, TRANSLATION_SCHEMA_FILE } from '../src/lib/model/data-files';
import { timelineJsonSchema, translationJsonSchema } from '../src/lib/schema/json-schema';

const schemas = [
	{ path: `data/${SCHEMA_FILE}`, schema: timelineJsonSchema() },
	{ path: `data/${TRANSLATION_SCHEMA_FILE}`, schema: translationJsonSchema() }
];
const check = process.argv.includes('--check');
let stale = 0;
for (const { path, schema } of schemas) {
	const text = `${JSON.stringify(schema, null, '\t')}\n`;
	if (!check) {
		writeFileSync(path, text);
		console.log(`wrote ${path}`);
		continue;
	}
	let current = '';
	try {
		current = readFileSync(path, 'utf8');
	} catch {
		// a missing file is out of date too
	}
	if (current === text) console.log(`${path} is current`);
	else {
		console.error(
			`${path} is out of date with src/lib/schema; run \`npm run schema\` and commit it`
		);
		stale++;
	}
}
process.exit(stale ? 1 : 0);
