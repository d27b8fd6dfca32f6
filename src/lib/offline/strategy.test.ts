import { describe, expect, it } from 'vitest';
import { offlinePaths, respond, staleCaches, type CacheLike } from './strategy';

function memoryCache(entries: Record<string, string> = {}): CacheLike & { keys: () => string[] } {
	const store = new Map(Object.entries(entries));
	return {
		keys: () => [...store.keys()],
		async match(request, options) {
			const url = new URL(request.url);
			if (options?.ignoreSearch) url.search = '';
			const body = store.get(url.href);
			return body === undefined ? undefined : new Response(body);
		},
		async put(request, response) {
			store.set(request.url, await response.text());
		}
	};
}

const online = (body: string) => ({
	fetch: async () => Object.assign(new Response(body), {}) as Response
});
const offline = {
	fetch: async (): Promise<Response> => {
		throw new TypeError('Failed to fetch');
	}
};
const page = (path: string) => new Request(`https://dyad.test${path}`);

describe('respond', () => {
	it('answers pages from the network while online, and saves them', async () => {
		const cache = memoryCache({ 'https://dyad.test/present/a/1/': 'old deploy' });
		// A plain Response has type "default" in Node; the browser gives same-origin ones "basic".
		const network = {
			fetch: async () => {
				const response = new Response('new deploy');
				Object.defineProperty(response, 'type', { value: 'basic' });
				return response;
			}
		};
		const response = await respond(page('/present/a/1/'), false, cache, network);
		expect(await response.text()).toBe('new deploy');
		expect(await (await cache.match(page('/present/a/1/')))?.text()).toBe('new deploy');
	});

	it('answers from the cache when the network is gone, ignoring the query as a last resort', async () => {
		const cache = memoryCache({
			'https://dyad.test/present/a/2/': 'step two',
			'https://dyad.test/present/a/presenter/': 'presenter'
		});
		expect(await (await respond(page('/present/a/2/'), false, cache, offline)).text()).toBe(
			'step two'
		);
		const presenter = await respond(page('/present/a/presenter/?step=3'), false, cache, offline);
		expect(await presenter.text()).toBe('presenter');
	});

	it('says plainly when a page was never saved and there is no network', async () => {
		const response = await respond(page('/elsewhere/'), false, memoryCache(), offline);
		expect(response.status).toBe(503);
		expect(await response.text()).toMatch(/offline/);
	});

	it('serves build files from the cache without asking the network', async () => {
		const cache = memoryCache({ 'https://dyad.test/_app/immutable/a.js': 'cached' });
		const response = await respond(page('/_app/immutable/a.js'), true, cache, online('network'));
		expect(await response.text()).toBe('cached');
	});
});

describe('staleCaches and offlinePaths', () => {
	it("drops earlier deploys' caches only", () => {
		expect(staleCaches(['dyad-1', 'dyad-2', 'other-app'], 'dyad-2')).toEqual(['dyad-1']);
	});

	it("keeps the app and one timeline's pages, not the others', its embed or the downloads", () => {
		const prerendered = [
			'/x/',
			'/x/__data.json',
			'/x/present/a/1/',
			'/x/embed/',
			'/x/export/iran-russia/references.bib',
			'/x/t/iran-russia/',
			'/x/t/iran-russia/present/a/1/',
			'/x/t/other/'
		];
		expect(offlinePaths(['/x/_app/a.js'], ['/x/favicon.svg'], prerendered, '/x', '')).toEqual([
			'/x/_app/a.js',
			'/x/favicon.svg',
			'/x/',
			'/x/__data.json',
			'/x/present/a/1/'
		]);
		expect(offlinePaths([], [], prerendered, '/x', 't/iran-russia')).toEqual([
			'/x/t/iran-russia/',
			'/x/t/iran-russia/present/a/1/'
		]);
	});
});
