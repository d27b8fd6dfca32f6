import { describe, expect, it } from 'vitest';
import type { ViewContext } from '../view/view-state';
import { heightMessage, readEmbedOptions, readSetView, selectMessage, viewQuery } from './protocol';

const context: ViewContext = {
	eventIds: new Set(['a', 'b']),
	claimIds: new Set(['syria']),
	refIds: new Set(['r1']),
	laneIds: ['arms', 'nuclear']
};
const setView = (view: unknown) => ({ protocol: 'dyad-embed', version: 1, type: 'set-view', view });

describe('readSetView', () => {
	it('reads a set-view message as strictly as a URL', () => {
		expect(
			readSetView(
				setView({
					from: '2015',
					to: '2016-06',
					event: 'a',
					claim: 'syria',
					lanes: ['arms'],
					q: 'S-300'
				}),
				context
			)
		).toEqual({
			from: '2015',
			to: '2016-06',
			event: 'a',
			claim: 'syria',
			lanes: ['arms'],
			q: 'S-300'
		});
		expect(
			readSetView(setView({ event: 'nope', from: '2015-13', to: '2016', lanes: 'arms' }), context)
		).toEqual({});
	});

	it('ignores anything that is not a version-1 set-view message', () => {
		for (const data of [
			null,
			'set-view',
			42,
			{ type: 'set-view', view: { event: 'a' } },
			{ protocol: 'dyad-embed', version: 2, type: 'set-view', view: { event: 'a' } },
			{ protocol: 'dyad-embed', version: 1, type: 'height', height: 3 },
			setView(null),
			setView(['a']),
			setView('event=a')
		]) {
			expect(readSetView(data, context)).toBeUndefined();
		}
	});
});

describe('messages to the parent and options', () => {
	it('carry the protocol, the version and whole pixels', () => {
		expect(heightMessage(420.2)).toEqual({
			protocol: 'dyad-embed',
			version: 1,
			type: 'height',
			height: 421
		});
		expect(selectMessage({ claim: 'syria' })).toMatchObject({ type: 'select', event: null });
		expect(selectMessage({ event: 'a' })).toMatchObject({ event: 'a', view: { event: 'a' } });
	});

	it('read theme and height, falling back on anything else', () => {
		expect(readEmbedOptions(new URLSearchParams('theme=dark&height=500'))).toEqual({
			theme: 'dark',
			height: 500
		});
		expect(readEmbedOptions(new URLSearchParams('theme=pink&height=12'))).toEqual({
			theme: 'light'
		});
		expect(readEmbedOptions(new URLSearchParams('theme=auto&height=5e2x'))).toEqual({
			theme: 'auto'
		});
	});

	it('write a view as a query for links', () => {
		expect(viewQuery({ event: 'a', lanes: ['arms', 'nuclear'] })).toBe(
			'?event=a&lanes=arms%2Cnuclear'
		);
		expect(viewQuery({})).toBe('');
	});
});
