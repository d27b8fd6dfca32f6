// A tiny static file server for a prerendered build, as a plain static host would serve it.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.bib': 'text/plain; charset=utf-8',
	'.ris': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8'
};

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The file a URL path names: `x.html` or `x/index.html` for a page. SvelteKit writes `/t/a` as
 * `t/a.html`, whose relative asset URLs break under `/t/a/`, so that case answers with a redirect.
 */
export function resolvePath(root: string, urlPath: string): { file?: string; redirect?: string } {
	const path = resolve(root, `.${decodeURIComponent(urlPath)}`);
	if (path !== root && !path.startsWith(root + sep)) return {};
	if (urlPath.endsWith('/')) {
		if (isFile(join(path, 'index.html'))) return { file: join(path, 'index.html') };
		if (path !== root && isFile(`${path}.html`)) return { redirect: urlPath.slice(0, -1) };
		return {};
	}
	if (isFile(path)) return { file: path };
	if (isFile(`${path}.html`)) return { file: `${path}.html` };
	if (isFile(join(path, 'index.html'))) return { redirect: `${urlPath}/` };
	return {};
}

/**
 * Serves `dir` on `port` (0 picks a free one) until closed; under `prefix` (e.g. `/courses/x`) when
 * given, as a host that puts the site in a sub-folder would, answering 404 outside it. With `gzip`,
 * bodies go compressed to a browser that asks, as most hosts send them.
 */
export async function serveStatic(
	dir: string,
	port: number,
	prefix = '',
	options: { gzip?: boolean } = {}
): Promise<StaticServer> {
	const root = resolve(dir);
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const inside = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
		const found = inside ? resolvePath(root, url.pathname.slice(prefix.length) || '/') : {};
		const file = found.file;
		const redirect = found.redirect && prefix + found.redirect;
		if (redirect) {
			response.writeHead(308, { location: redirect + url.search }).end();
		} else if (file) {
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const body = readFileSync(file);
			const zipped = options.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
			response.writeHead(200, {
				'content-type': type,
				'cache-control': 'no-store',
				...(zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
			});
			response.end(zipped ? gzipSync(body, { level: 6 }) : body);
		} else {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	const { port: bound } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${bound}`,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
