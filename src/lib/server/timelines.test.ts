import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validTimeline } from '$lib/validate/test-fixture';
import { getTimeline } from './timelines';

let dir: string;
const write = (title: string) => {
	const data = validTimeline();
	data.meta.title = title;
	writeFileSync(join(dir, 'cached.json'), JSON.stringify(data));
};

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dyad-timelines-'));
	process.env.DYAD_DATA_DIR = dir;
});
afterAll(() => {
	delete process.env.DYAD_DATA_DIR;
	rmSync(dir, { recursive: true, force: true });
});

describe('getTimeline', () => {
	it('builds a timeline once and gives the same one to every page', () => {
		write('First');
		const first = getTimeline('cached');
		expect(first.meta.title).toBe('First');
		expect(getTimeline('cached')).toBe(first);
	});

	it('keeps the built timeline when a file is touched but not changed', () => {
		write('Touched');
		const before = getTimeline('cached');
		const later = new Date(Date.now() + 60_000);
		utimesSync(join(dir, 'cached.json'), later, later);
		expect(getTimeline('cached')).toBe(before);
	});

	it('sees an edit, as a dev server must', () => {
		write('Before');
		const before = getTimeline('cached');
		write('After, a longer title');
		const after = getTimeline('cached');
		expect(after).not.toBe(before);
		expect(after.meta.title).toBe('After, a longer title');
	});

	it('answers 500 with every problem for an invalid file, each time', () => {
		writeFileSync(join(dir, 'cached.json'), '{"meta": 1}');
		for (let i = 0; i < 2; i++) {
			expect(() => getTimeline('cached')).toThrow(
				expect.objectContaining({
					status: 500,
					body: expect.objectContaining({ message: expect.stringContaining('cached.json:1:') })
				})
			);
		}
	});
});
