// Writes the hostile timelines the validator accepts into a data folder, to be built and served:
// `tsx tests/hostile/write-cases.ts <folder>`. The default timeline is the plain fixture.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TIMELINE } from '../../src/lib/scope';
import { ACCEPTED, HOME, HOME_RU } from './cases';

const [folder = '.hostile/data'] = process.argv.slice(2);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const write = (slug: string, timeline: unknown, bom = false) =>
	writeFileSync(
		join(folder, `${slug}.json`),
		(bom ? '\uFEFF' : '') + JSON.stringify(timeline, null, '\t') + '\n'
	);
write(DEFAULT_TIMELINE, HOME);
write(`${DEFAULT_TIMELINE}.ru`, HOME_RU);
for (const { name, timeline, bom } of ACCEPTED) write(name, timeline, bom);
console.log(`${ACCEPTED.length + 1} timelines in ${folder}`);
