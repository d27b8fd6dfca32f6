import { describe, expect, it } from 'vitest';
import { expired, GRACE, parseRetirement, retire } from './retention';

describe('retention of an earlier deploy', () => {
	it('records the tabs open when the new deploy takes over, once', () => {
		const open = ['tab-1', 'tab-2'];
		const record = retire(undefined, open, 1000);
		expect(record).toEqual({ clients: ['tab-1', 'tab-2'], since: 1000 });
		open.push('tab-3');
		expect(record.clients).toHaveLength(2);
		expect(retire(record, ['tab-9'], 5000)).toBe(record);
	});

	it('keeps the cache while one of those tabs is open, and lets it go once they are closed', () => {
		const record = retire(undefined, ['tab-1', 'tab-2'], 0);
		expect(expired(record, ['tab-2', 'tab-3'], 10)).toBe(false);
		expect(expired(record, ['tab-3'], 10)).toBe(true);
		expect(expired(record, [], 10)).toBe(true);
	});

	it('lets the cache go at once when no tab was open, and after the grace period in any case', () => {
		expect(expired(retire(undefined, [], 0), [], 0)).toBe(true);
		const record = retire(undefined, ['tab-1'], 0);
		expect(expired(record, ['tab-1'], GRACE)).toBe(false);
		expect(expired(record, ['tab-1'], GRACE + 1)).toBe(true);
	});

	it('reads back only well-formed records', () => {
		expect(parseRetirement('{"clients":["a",3],"since":5}')).toEqual({ clients: ['a'], since: 5 });
		for (const text of [undefined, '', 'null', '[]', '{"clients":"a","since":5}', '{"clients":[]}'])
			expect(parseRetirement(text)).toBeUndefined();
	});
});
