import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// `npm run export:single` builds one self-contained HTML file from src/single/: routed by the URL's
// hash, with every script and style inlined and the data bundled, so it works opened from disk.
const single = process.env.DYAD_SINGLE === '1';

/**
 * The Content-Security-Policy every page carries in a <meta> tag (a static host sends no headers):
 * scripts only from the site itself or inline with the hash SvelteKit computes for each page.
 * `frame-ancestors` cannot be set by a <meta> tag; README.md says what to send where a host can.
 * @type {import('@sveltejs/kit').KitConfig['csp']}
 */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		// The chart's PNG is drawn from its SVG through a blob: URL; the single file's icon is data:.
		'img-src': ['self', 'data:', 'blob:'],
		// The single file carries its Persian font inside it, as a data: URL.
		'font-src': single ? ['self', 'data:'] : ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets benchmarks build elsewhere without touching build/.
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			strict: true
		}),
		// Hosting under a sub-path (e.g. /courses/ir-101/timeline) is set at build time.
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// A second build (the sub-folder test) keeps its intermediate files apart from the main one.
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		csp,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $data: 'data', ...(single ? { '$single-data': '.single/data.json' } : {}) },
		...(single
			? {
					router: { type: 'hash' },
					output: { bundleStrategy: 'inline' },
					files: { routes: 'src/single', serviceWorker: 'src/single/no-service-worker' }
				}
			: {}),
		// Registered by the presentation pages only: the explorer does not need to download the site.
		serviceWorker: { register: false }
	}
};

export default config;
