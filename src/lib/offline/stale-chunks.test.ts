import { describe, expect, it } from 'vitest';
import { onStaleChunk, type StaleChunkOptions } from './stale-chunks';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
	const items = new Map<string, string>();
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => items.set(key, value)
	};
}

/** A tab: its window, its session (kept across reloads) and how often it reloaded. */
function tab(
	options: Partial<StaleChunkOptions> & { storage?: StaleChunkOptions['storage'] } = {}
) {
	const window = new EventTarget();
	const state = { reloads: 0, checks: 0 };
	const check = options.check ?? (async () => true);
	const stop = onStaleChunk(window, {
		version: 'v1',
		storage: memoryStorage(),
		reload: () => state.reloads++,
		...options,
		check: () => {
			state.checks++;
			return check();
		}
	});
	/** Fires the event Vite fires when a lazy import fails, and lets the handler finish. */
	const fail = async () => {
		window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
		await new Promise((done) => setTimeout(done, 0));
	};
	return { state, stop, fail };
}

describe('onStaleChunk', () => {
	it('reloads the page when a lazy chunk fails and a new deploy is on the server', async () => {
		const { state, fail } = tab();
		await fail();
		expect(state.reloads).toBe(1);
	});

	it('does not reload when the server still has the same deploy (a network error)', async () => {
		const { state, fail } = tab({ check: async () => false });
		await fail();
		expect(state.reloads).toBe(0);
	});

	it('does not reload when the server cannot be asked (offline)', async () => {
		const { state, fail } = tab({
			check: async () => {
				throw new TypeError('Failed to fetch');
			}
		});
		await fail();
		expect(state.reloads).toBe(0);
	});

	it('reloads at most once per deploy in a tab, so a reload that brings it back cannot loop', async () => {
		const storage = memoryStorage();
		const first = tab({ storage });
		await first.fail();
		// The page came back on the same deploy (its chunk still missing): the session remembers.
		const again = tab({ storage });
		await again.fail();
		await again.fail();
		expect(first.state.reloads + again.state.reloads).toBe(1);
		// A later deploy may reload the tab again, once.
		const later = tab({ storage, version: 'v2' });
		await later.fail();
		await later.fail();
		expect(later.state.reloads).toBe(1);
	});

	it('does not reload without a session to remember it in', async () => {
		const broken = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		const { state, fail } = tab({ storage: broken });
		await fail();
		const none = tab({ storage: undefined });
		await none.fail();
		expect(state.reloads + none.state.reloads).toBe(0);
	});

	it('checks once for chunks that fail together, and stops listening when asked', async () => {
		const { state, fail, stop } = tab({
			check: () => new Promise((done) => setTimeout(() => done(false), 5))
		});
		await Promise.all([fail(), fail(), fail()]);
		await new Promise((done) => setTimeout(done, 10));
		expect(state.checks).toBe(1);
		stop();
		await fail();
		await new Promise((done) => setTimeout(done, 10));
		expect(state.checks).toBe(1);
	});
});
