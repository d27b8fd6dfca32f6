import { describe, expect, it } from 'vitest';
import { channelName, openSync, type SyncMessage } from './sync';

/** A window on the channel that keeps what it receives, and can wait for a given step to arrive. */
function listen(name: string) {
	const received: SyncMessage[] = [];
	const waiting = new Map<number, () => void>();
	const channel = openSync(name, (message) => {
		received.push(message);
		if (message.type === 'step') waiting.get(message.step)?.();
	});
	const arrival = (step: number) => new Promise<void>((done) => waiting.set(step, done));
	return { channel, received, arrival };
}

describe('openSync', () => {
	it('passes steps between two windows of the same story, and nothing else', async () => {
		const name = channelName('iran-russia', 'argument');
		const otherName = channelName('iran-russia', 'other');
		const audience = listen(name);
		const elsewhere = listen(otherName);
		const presenter = openSync(name, () => {});
		const other = openSync(otherName, () => {});
		const raw = new BroadcastChannel(name);

		// Another story's step reaches that story's windows only.
		const otherStep = elsewhere.arrival(9);
		other.post({ type: 'step', step: 9 });
		await otherStep;
		// Malformed messages, then a valid one from the same sender, which arrives after them.
		const rawStep = audience.arrival(1);
		raw.postMessage({ type: 'step', step: 'four' });
		raw.postMessage('nonsense');
		raw.postMessage({ type: 'step', step: 1 });
		await rawStep;
		const presenterStep = audience.arrival(4);
		presenter.post({ type: 'hello' });
		presenter.post({ type: 'step', step: 4 });
		await presenterStep;

		expect(audience.received).toEqual([
			{ type: 'step', step: 1 },
			{ type: 'hello' },
			{ type: 'step', step: 4 }
		]);
		expect(elsewhere.received).toEqual([{ type: 'step', step: 9 }]);
		for (const channel of [audience.channel, elsewhere.channel, presenter, other]) channel.close();
		raw.close();
	});
});
