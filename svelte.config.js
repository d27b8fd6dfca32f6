import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// `npm run export:single` builds one self-contained HTML file from src/single/: routed by the URL's
// hash, with every script and style inlined and the data bundled, so it works opened from disk.
const single = process.env.DYAD_SINGLE === '1';

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
