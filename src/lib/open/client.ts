// The page's side of the worker that opens timelines (worker.ts): one worker, started when first
// needed, each request answered in turn.
import type { OpenRequest, OpenResponse } from './protocol';

let worker: Worker | undefined;
let next = 1;
const waiting = new Map<number, (response: OpenResponse) => void>();

function started(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	worker.addEventListener('message', (event: MessageEvent<OpenResponse>) => {
		waiting.get(event.data.id)?.(event.data);
		waiting.delete(event.data.id);
	});
	return worker;
}

export function openInWorker(request: Omit<OpenRequest, 'id'>): Promise<OpenResponse> {
	const id = next++;
	return new Promise((resolve) => {
		waiting.set(id, resolve);
		started().postMessage({ ...request, id });
	});
}
