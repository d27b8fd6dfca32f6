import { describe, expect, it } from 'vitest';
import { channelName, openSync, type SyncMessage } from './sync';

describe('openSync', () => {
	it('passes steps between two windows of the same story, and nothing else', async () => {
		const received: SyncMessage[] = [];
		const audience = openSync(channelName('iran-russia', 'argument'), (m) => received.push(m));
		const presenter = openSync(channelName('iran-russia', 'argument'), () => {});
		const other = openSync(channelName('iran-russia', 'other'), () => {});
		const raw = new BroadcastChannel(channelName('iran-russia', 'argument'));
		presenter.post({ type: 'hello' });
		presenter.post({ type: 'step', step: 4 });
		other.post({ type: 'step', step: 9 });
		raw.postMessage({ type: 'step', step: 'four' });
		raw.postMessage('nonsense');
		await new Promise((done) => setTimeout(done, 50));
		expect(received).toEqual([{ type: 'hello' }, { type: 'step', step: 4 }]);
		for (const channel of [audience, presenter, other]) channel.close();
		raw.close();
	});
});
