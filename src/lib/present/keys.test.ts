import { describe, expect, it } from 'vitest';
import { readKey } from './keys';

describe('readKey', () => {
	it('steps with what clickers and keyboards send', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
			expect(readKey({ key }, '').command).toEqual({ kind: 'next' });
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
			expect(readKey({ key }, '').command).toEqual({ kind: 'previous' });
		}
		expect(readKey({ key: ' ', shiftKey: true }, '').command).toEqual({ kind: 'previous' });
		expect(readKey({ key: 'Home' }, '').command).toEqual({ kind: 'first' });
		expect(readKey({ key: 'End' }, '').command).toEqual({ kind: 'last' });
	});

	it('steps the way the arrows point where time runs right to left; clicker keys stay', () => {
		expect(readKey({ key: 'ArrowLeft' }, '', true).command).toEqual({ kind: 'next' });
		expect(readKey({ key: 'ArrowRight' }, '', true).command).toEqual({ kind: 'previous' });
		expect(readKey({ key: 'PageDown' }, '', true).command).toEqual({ kind: 'next' });
		expect(readKey({ key: ' ' }, '', true).command).toEqual({ kind: 'next' });
	});

	it('jumps to a number typed then Enter, and Escape drops the number before leaving', () => {
		let state = readKey({ key: '1' }, '');
		state = readKey({ key: '2' }, state.buffer);
		expect(state).toEqual({ buffer: '12', handled: true });
		expect(readKey({ key: 'Enter' }, state.buffer).command).toEqual({ kind: 'goto', step: 12 });
		expect(readKey({ key: 'Backspace' }, '12').buffer).toBe('1');
		expect(readKey({ key: 'Escape' }, '12')).toEqual({ buffer: '', handled: true });
		expect(readKey({ key: 'Escape' }, '').command).toEqual({ kind: 'exit' });
	});

	it('toggles views with letters in either case', () => {
		expect(readKey({ key: 'f' }, '').command).toEqual({ kind: 'fullscreen' });
		expect(readKey({ key: 'O' }, '').command).toEqual({ kind: 'overview' });
		expect(readKey({ key: 'p' }, '').command).toEqual({ kind: 'presenter' });
		expect(readKey({ key: 'c' }, '').command).toEqual({ kind: 'contrast' });
	});

	it('leaves other keys and shortcuts with modifiers to the browser', () => {
		expect(readKey({ key: 'x' }, '3')).toEqual({ buffer: '3', handled: false });
		expect(readKey({ key: 'Enter' }, '')).toEqual({ buffer: '', handled: false });
		expect(readKey({ key: 'f', ctrlKey: true }, '').handled).toBe(false);
		expect(readKey({ key: 'ArrowRight', altKey: true }, '').handled).toBe(false);
	});
});
