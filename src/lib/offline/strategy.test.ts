import { describe, expect, it } from 'vitest';
import {
	cacheKey,
	evictions,
	offlinePaths,
	respond,
	RUNTIME_LIMIT,
	type CacheLike,
	type Store
} from './strategy';

/** A Cache in memory: like the real one, storing an address again moves it to the end. */
function memoryCache(entries: Record<string, string> = {}): CacheLike & { urls: () => string[] } {
	const store = new Map(Object.entries(entries));
	const href = (request: RequestInfo) => (typeof request === 'string' ? request : request.url);
	return {
		urls: () => [...store.keys()],
		async match(request) {
			const body = store.get(href(request));
			return body === undefined ? undefined : new Response(body);
		},
		async put(request, response) {
			store.delete(href(request));
			store.set(href(request), await response.text());
		},
		async keys() {
			return [...store.keys()].map((url) => new Request(url));
		},
		async delete(request) {
			return store.delete(href(request));
		}
	};
}

/** A network whose answers look like the browser's same-origin ones (type "basic"). */
function online(body = (request: Request) => `network ${new URL(request.url).pathname}`) {
	const asked: string[] = [];
	return {
		asked,
		async fetch(request: Request) {
			asked.push(request.url);
			const response = new Response(body(request));
			Object.defineProperty(response, 'type', { value: 'basic' });
			return response;
		}
	};
}
const offline = {
	fetch: async (): Promise<Response> => {
		throw new TypeError('Failed to fetch');
	}
};
const ORIGIN = 'https://dyad.test';
const page = (path: string) => new Request(`${ORIGIN}${path}`);
const store = (cache: CacheLike, precached: string[] = [], more: Partial<Store> = {}): Store => ({
	cache,
	precached: new Set(precached),
	...more
});

describe('respond', () => {
	it('answers pages from the network while online, and saves them', async () => {
		const cache = memoryCache({ [`${ORIGIN}/present/a/1/`]: 'old deploy' });
		const response = await respond(
			page('/present/a/1/'),
			false,
			store(cache),
			online(() => 'new')
		);
		expect(await response.text()).toBe('new');
		expect(await (await cache.match(`${ORIGIN}/present/a/1/`))?.text()).toBe('new');
	});

	it('answers from the cache when the network is gone, whatever the query', async () => {
		const cache = memoryCache({
			[`${ORIGIN}/present/a/2/`]: 'step two',
			[`${ORIGIN}/present/a/presenter/`]: 'presenter'
		});
		const two = await respond(page('/present/a/2/'), false, store(cache), offline);
		expect(await two.text()).toBe('step two');
		const presenter = await respond(
			page('/present/a/presenter/?step=3'),
			false,
			store(cache),
			offline
		);
		expect(await presenter.text()).toBe('presenter');
	});

	it('says plainly when a page was never saved and there is no network', async () => {
		const response = await respond(page('/elsewhere/'), false, store(memoryCache()), offline);
		expect(response.status).toBe(503);
		expect(await response.text()).toMatch(/offline/);
	});

	it('serves build files from the cache without asking the network', async () => {
		const cache = memoryCache({ [`${ORIGIN}/_app/immutable/a.js`]: 'cached' });
		const network = online();
		const response = await respond(page('/_app/immutable/a.js'), true, store(cache), network);
		expect(await response.text()).toBe('cached');
		expect(network.asked).toEqual([]);
	});

	it("serves an earlier deploy's chunk that the new deploy no longer has", async () => {
		const earlier = memoryCache({ [`${ORIGIN}/_app/immutable/chunks/old.js`]: 'old chunk' });
		const response = await respond(
			page('/_app/immutable/chunks/old.js'),
			true,
			store(memoryCache(), [], { earlier }),
			offline
		);
		expect(await response.text()).toBe('old chunk');
	});

	it("prefers this deploy's copy of a page to an earlier deploy's when offline", async () => {
		const cache = memoryCache({ [`${ORIGIN}/`]: 'new' });
		const earlier = memoryCache({ [`${ORIGIN}/`]: 'old', [`${ORIGIN}/embed/`]: 'old embed' });
		const home = await respond(page('/'), false, store(cache, [], { earlier }), offline);
		expect(await home.text()).toBe('new');
		const embed = await respond(page('/embed/'), false, store(cache, [], { earlier }), offline);
		expect(await embed.text()).toBe('old embed');
	});

	it('stores a page once, without its query, however many queries it is loaded with', async () => {
		const cache = memoryCache();
		for (let i = 0; i < 30; i++) {
			await respond(page(`/?q=probe${i}`), false, store(cache), online());
		}
		await respond(page(`/present/a/presenter/?step=2`), false, store(cache), online());
		expect(cache.urls()).toEqual([`${ORIGIN}/`, `${ORIGIN}/present/a/presenter/`]);
	});

	it('keeps at most the limit of pages it was not given at install, dropping the oldest', async () => {
		const precached = ['/', '/_app/immutable/a.js'];
		const cache = memoryCache({ [`${ORIGIN}/`]: 'home', [`${ORIGIN}/_app/immutable/a.js`]: 'app' });
		for (let i = 0; i < 7; i++) {
			await respond(page(`/t/other${i}/`), false, store(cache, precached, { limit: 3 }), online());
		}
		// Loading a precached page again must not count it against the limit.
		await respond(page('/'), false, store(cache, precached, { limit: 3 }), online());
		expect(cache.urls().sort()).toEqual(
			[
				`${ORIGIN}/`,
				`${ORIGIN}/_app/immutable/a.js`,
				`${ORIGIN}/t/other4/`,
				`${ORIGIN}/t/other5/`,
				`${ORIGIN}/t/other6/`
			].sort()
		);
	});

	it('does not store failed or opaque answers', async () => {
		const cache = memoryCache();
		const missing = { fetch: async () => new Response('no', { status: 404 }) };
		await respond(page('/gone/'), false, store(cache), missing);
		const opaque = {
			fetch: async () => Object.defineProperty(new Response('x'), 'type', { value: 'opaque' })
		};
		await respond(page('/other/'), false, store(cache), opaque);
		expect(cache.urls()).toEqual([]);
	});
});

describe('cacheKey and evictions', () => {
	it('cacheKey drops the query and the fragment only', () => {
		expect(cacheKey('https://x.test/a/timeline/present/s/presenter/?step=4#n')).toBe(
			'https://x.test/a/timeline/present/s/presenter/'
		);
		expect(cacheKey('https://x.test/a/__data.json?x-sveltekit-invalidated=01')).toBe(
			'https://x.test/a/__data.json'
		);
	});

	it('evictions names the oldest runtime entries beyond the limit, never precached ones', () => {
		const keys = ['/', '/r1/', '/app.js', '/r2/', '/r3/', '/r4/'].map((p) => `https://x.test${p}`);
		const precached = new Set(['/', '/app.js']);
		const copy = [...keys];
		expect(evictions(keys, precached, 2)).toEqual(['https://x.test/r1/', 'https://x.test/r2/']);
		expect(evictions(keys, precached, 10)).toEqual([]);
		expect(evictions(keys, precached, 0)).toHaveLength(4);
		expect(keys).toEqual(copy);
	});

	it('the runtime limit is small enough to bound the cache to a few dozen pages', () => {
		expect(RUNTIME_LIMIT).toBeGreaterThan(0);
		expect(RUNTIME_LIMIT).toBeLessThanOrEqual(50);
	});
});

describe('offlinePaths', () => {
	const prerendered = [
		'/x/',
		'/x/__data.json',
		'/x/present/a/1/',
		'/x/present/a/presenter/',
		'/x/handout/',
		'/x/embed/',
		'/x/export/iran-russia/references.bib',
		'/x/export/other/events.csv',
		'/x/t/iran-russia/',
		'/x/t/iran-russia/__data.json',
		'/x/t/iran-russia/present/a/1/',
		'/x/t/iran-russia/embed/',
		'/x/t/other/',
		'/x/t/other/present/a/1/',
		'/x/t/other/embed/'
	];

	it("keeps the app and every page of the default timeline at both its addresses, with its downloads, from the site's root", () => {
		expect(offlinePaths(['/x/_app/a.js'], ['/x/favicon.svg'], prerendered, '/x', '')).toEqual([
			'/x/_app/a.js',
			'/x/favicon.svg',
			'/x/',
			'/x/__data.json',
			'/x/present/a/1/',
			'/x/present/a/presenter/',
			'/x/handout/',
			'/x/export/iran-russia/references.bib',
			'/x/t/iran-russia/',
			'/x/t/iran-russia/__data.json',
			'/x/t/iran-russia/present/a/1/'
		]);
	});

	it('keeps the same pages when registered from /t/<default slug>/', () => {
		expect(offlinePaths([], [], prerendered, '/x', 't/iran-russia/')).toEqual(
			offlinePaths([], [], prerendered, '/x', '')
		);
	});

	it("keeps another timeline's pages and downloads only, not the default's or its embed", () => {
		expect(offlinePaths([], [], prerendered, '/x', 't/other')).toEqual([
			'/x/export/other/events.csv',
			'/x/t/other/',
			'/x/t/other/present/a/1/'
		]);
	});

	it('works at the root of a host (empty base)', () => {
		const root = ['/', '/present/a/1/', '/t/iran-russia/present/a/1/', '/t/other/', '/embed/'];
		expect(offlinePaths([], [], root, '', '')).toEqual([
			'/',
			'/present/a/1/',
			'/t/iran-russia/present/a/1/'
		]);
	});
});
