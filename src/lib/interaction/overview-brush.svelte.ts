// d3-brush (brushX) on the overview strip: drag the window, resize it by its handles, or draw a new
// one (also inside a window that spans the whole strip); a click centres it. The window follows the
// view; the view moves through its camera.
import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { centreDomain, type Domain, type TimeScale } from '$lib/chart/time-scale';
import type { TimelineView } from '$lib/view/timeline-view.svelte';

export interface Strip {
	view: () => TimelineView;
	/** The whole span across the strip's width. */
	scale: () => TimeScale;
	width: () => number;
	height: () => number;
}

/** Attaches the brush to the strip's `<g>`; returns the detach. */
export function attachBrush(g: SVGGElement, strip: Strip): () => void {
	const view = () => strip.view();
	const domainOf = ([x0, x1]: [number, number]): Domain => [
		+strip.scale().invert(x0),
		+strip.scale().invert(x1)
	];
	const windowOf = (domain: Domain): [number, number] => [
		strip.scale()(domain[0]),
		strip.scale()(domain[1])
	];

	/** True while the reader holds the brush: the window is theirs, not the view's, until let go. */
	let held = false;
	const brush = brushX<unknown>()
		.on('start', (event: D3BrushEvent<unknown>) => {
			if (event.sourceEvent) held = true;
		})
		.on('brush', (event: D3BrushEvent<unknown>) => {
			// Only the reader's moves: the brush also reports the moves that follow the view.
			if (!event.sourceEvent || !event.selection) return;
			view().show(domainOf(event.selection as [number, number]), false);
		})
		.on('end', (event: D3BrushEvent<unknown>) => {
			if (!event.sourceEvent) return;
			held = false;
			if (event.selection) view().show(domainOf(event.selection as [number, number]), false);
			else {
				// A click (no window drawn): centre the current window there.
				const [x] = pointer(event.sourceEvent, g);
				view().show(centreDomain(view().timeline.span, view().domain, +strip.scale().invert(x)));
			}
			view().settle();
		});

	const selection = select(g);
	// Drawn at once, not when the effects below first run: a press held while the brush loaded is
	// played to what is under the pointer as soon as this returns (when-ready.ts).
	brush.extent([
		[0, 0],
		[strip.width(), strip.height()]
	]);
	/**
	 * The window follows the view. While it spans the whole strip there is nothing to drag, so a
	 * press inside it draws a new window (the `whole` class lets it through to the overlay).
	 */
	const place = (window: [number, number]) => {
		g.classList.toggle('whole', window[1] - window[0] >= strip.width() - 1);
		selection.call(brush.move, window);
	};
	selection.call(brush);
	place(windowOf(view().domain));
	const stop = $effect.root(() => {
		$effect(() => {
			brush.extent([
				[0, 0],
				[strip.width(), strip.height()]
			]);
			selection.call(brush);
		});
		$effect(() => {
			const window = windowOf(view().domain);
			if (!held) place(window);
		});
	});

	return () => {
		stop();
		selection.on('.brush', null);
		selection.selectAll('*').remove();
	};
}
