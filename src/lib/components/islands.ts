// Parts of the page the server draws in full but the browser brings to life only after first paint,
// so the page's first load does not carry their code (see Island.svelte). The server registers how to
// draw each one (hooks.server.ts); the browser never imports them up front.

/** The island's markup, and what goes in the page's head for it (its styles). */
export interface Drawn {
	head: string;
	body: string;
}

type Draw = (props: Record<string, unknown>) => Drawn;

const onServer = new Map<string, Draw>();

/** Registers how the server draws an island of this name: its markup, styles included. */
export function drawOnServer(name: string, draw: Draw): void {
	onServer.set(name, draw);
}

/** The island as the server draws it, or undefined in the browser. */
export function drawnOnServer(name: string, props: Record<string, unknown>): Drawn | undefined {
	return onServer.get(name)?.(props);
}
