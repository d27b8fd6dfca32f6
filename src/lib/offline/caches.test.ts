import { describe, expect, it } from 'vitest';
import { cacheName, earlierCaches, holdsSite, legacyCaches } from './caches';

describe('cache names', () => {
	it("carry the site's base path and the deploy, readably", () => {
		expect(cacheName('/a/timeline', '17960')).toBe('dyad:/a/timeline:17960');
		expect(cacheName('', '17960')).toBe('dyad:/:17960');
	});

	it('stay apart for bases that differ only by an escaped character or a prefix', () => {
		const names = ['/a', '/a:b', '/a%3Ab', '/a/b', '/ab'].map((base) => cacheName(base, '1'));
		expect(new Set(names).size).toBe(names.length);
		expect(cacheName('/a:b', '1')).toBe('dyad:/a%3Ab:1');
	});

	it("earlierCaches lists this site's other deploys and never another site's", () => {
		const names = [
			cacheName('/a/timeline', '1'),
			cacheName('/a/timeline', '2'),
			cacheName('/b/timeline', '1'),
			cacheName('/a/timeline/x', '1'),
			cacheName('/a', '1'),
			cacheName('', '1'),
			'dyad-123',
			'other-app'
		];
		const current = cacheName('/a/timeline', '2');
		expect(earlierCaches(names, '/a/timeline', current)).toEqual(['dyad:/a/timeline:1']);
		expect(earlierCaches(names, '', cacheName('', '2'))).toEqual(['dyad:/:1']);
		expect(earlierCaches(names, '/b/timeline', cacheName('/b/timeline', '1'))).toEqual([]);
	});

	it("holdsSite tells this site's unlabelled caches from a sibling's", () => {
		expect(legacyCaches(['dyad-1', 'dyad:/:1', 'x'])).toEqual(['dyad-1']);
		const a = ['https://x.test/a/timeline/_app/immutable/a.js', 'https://x.test/a/timeline/'];
		expect(holdsSite(a, '/a/timeline')).toBe(true);
		expect(holdsSite(a, '/b/timeline')).toBe(false);
		expect(holdsSite(a, '')).toBe(false);
		expect(holdsSite(a, '/a')).toBe(false);
		expect(holdsSite(['https://x.test/_app/immutable/a.js'], '')).toBe(true);
	});
});
