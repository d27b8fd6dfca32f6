import { describe, expect, it } from 'vitest';
import type { ViewContext } from '../view/view-state';
import {
	heightMessage,
	MAX_CONTENT_HEIGHT,
	MAX_FIXED_HEIGHT,
	MIN_HEIGHT,
	readEmbedOptions,
	readSetView,
	selectMessage,
	viewQuery
} from './protocol';

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
	});

	it('keep the reported height within the limits the host helper accepts', () => {
		const reported = (height: number) => (heightMessage(height) as { height: number }).height;
		expect(reported(1e-9)).toBe(MIN_HEIGHT);
		expect(reported(0)).toBe(MIN_HEIGHT);
		expect(reported(Number.NaN)).toBe(MIN_HEIGHT);
		expect(reported(19_999.5)).toBe(MAX_CONTENT_HEIGHT);
		expect(reported(1e9)).toBe(MAX_CONTENT_HEIGHT);
		expect(reported(Infinity)).toBe(MIN_HEIGHT);
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

	it('take a height written as plain decimal digits within the limits, and no other', () => {
		const height = (value: string) =>
			readEmbedOptions(new URLSearchParams({ height: value })).height;
		expect(height('150')).toBe(MIN_HEIGHT);
		expect(height('300')).toBe(300);
		expect(height('0300')).toBe(300);
		expect(height(String(MAX_FIXED_HEIGHT))).toBe(MAX_FIXED_HEIGHT);
		for (const value of [
			' 300',
			'300 ',
			'+300',
			'0x12c',
			'3e2',
			'300.0',
			'300px',
			'３００',
			'٣٠٠',
			'',
			'149',
			String(MAX_FIXED_HEIGHT + 1),
			'-300',
			'Infinity',
			'9'.repeat(100_000)
		]) {
			expect(height(value), JSON.stringify(value.slice(0, 20))).toBeUndefined();
		}
		expect(readEmbedOptions(new URLSearchParams('theme=dark')).height).toBeUndefined();
	});

	it('write a view as a query for links', () => {
		expect(viewQuery({ event: 'a', lanes: ['arms', 'nuclear'] })).toBe(
			'?event=a&lanes=arms%2Cnuclear'
		);
		expect(viewQuery({})).toBe('');
	});
});
