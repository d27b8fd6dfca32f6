// What a key does in a presentation: clicker keys step, digits then Enter jump, letters toggle views.

export type PresentCommand =
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'goto'; step: number }
	| { kind: 'fullscreen' }
	| { kind: 'overview' }
	| { kind: 'presenter' }
	| { kind: 'contrast' }
	| { kind: 'exit' };

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

export interface KeyResult {
	/** What to do, if the key means anything. */
	command?: PresentCommand;
	/** Digits typed so far towards a jump. */
	buffer: string;
	/** The key was used: the page should not also act on it (scroll, click). */
	handled: boolean;
}

// Presentation clickers send PageDown/PageUp (some send arrows, Space or B); keyboards add the rest.
const SIMPLE: Record<string, PresentCommand> = {
	ArrowRight: { kind: 'next' },
	ArrowDown: { kind: 'next' },
	PageDown: { kind: 'next' },
	' ': { kind: 'next' },
	ArrowLeft: { kind: 'previous' },
	ArrowUp: { kind: 'previous' },
	PageUp: { kind: 'previous' },
	Home: { kind: 'first' },
	End: { kind: 'last' },
	f: { kind: 'fullscreen' },
	o: { kind: 'overview' },
	p: { kind: 'presenter' },
	c: { kind: 'contrast' }
};

/** Where time runs right to left (Persian), the arrows step the way they point: left is next. */
const MIRRORED: Record<string, PresentCommand> = {
	...SIMPLE,
	ArrowLeft: { kind: 'next' },
	ArrowRight: { kind: 'previous' }
};

/** Reads one key press given the digits typed before it; `mirrored` when time runs right to left. */
export function readKey(input: KeyInput, buffer: string, mirrored = false): KeyResult {
	if (input.altKey || input.ctrlKey || input.metaKey) return { buffer, handled: false };
	const { key } = input;
	if (/^\d$/.test(key)) return { buffer: (buffer + key).slice(-4), handled: true };
	if (key === 'Enter' && buffer) {
		return { command: { kind: 'goto', step: Number(buffer) }, buffer: '', handled: true };
	}
	if (key === 'Backspace' && buffer) return { buffer: buffer.slice(0, -1), handled: true };
	if (key === 'Escape') {
		return buffer
			? { buffer: '', handled: true }
			: { command: { kind: 'exit' }, buffer, handled: true };
	}
	if (key === ' ' && input.shiftKey)
		return { command: { kind: 'previous' }, buffer: '', handled: true };
	const command = (mirrored ? MIRRORED : SIMPLE)[key.length === 1 ? key.toLowerCase() : key];
	return command ? { command, buffer: '', handled: true } : { buffer, handled: false };
}
