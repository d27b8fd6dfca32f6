// The chart's keys, clicks, focus and hover, attached to its SVG: arrows walk the events (one tab
// stop), + − 0 zoom through the view, Enter opens a count mark, a click opens an event.
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';
import { moveFrom, type Move } from '$lib/chart/navigation';
import type { ChartModel } from '$lib/components/chart/chart-model.svelte';
import { listenerHost } from './listener-host';

const MOVES: Record<string, Move> = {
	ArrowRight: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'up',
	ArrowDown: 'down',
	Home: 'first',
	End: 'last'
};

/** Where time runs right to left, the arrows still move the way they point: left is later. */
const MIRRORED: Record<string, Move> = { ...MOVES, ArrowRight: 'previous', ArrowLeft: 'next' };

/** A count mark opens onto its members' extent, padded by this share of it, or at least this much. */
const CLUSTER_PAD_SHARE = 0.4;
const CLUSTER_PAD_MS = 20 * 86_400_000;
/** Keys move the view when the focused event comes this close (a share of the width) to an edge. */
const EDGE = 0.05;

function closest(target: EventTarget | null, attribute: string): string | undefined {
	return (
		(target as Element | null)?.closest?.(`[${attribute}]`)?.getAttribute(attribute) ?? undefined
	);
}

/** Keys, clicks, focus and hover on a chart; `onselect` hears which event was chosen (or none). */
export function chartKeys(
	chart: ChartModel,
	onselect: (id: string | undefined) => void
): Attachment<SVGSVGElement> {
	function openCluster(key: string): void {
		const cluster = chart.layout.lanes.flatMap((l) => l.marks.clusters).find((c) => c.key === key);
		if (!cluster) return;
		const pad = Math.max((cluster.end - cluster.start) * CLUSTER_PAD_SHARE, CLUSTER_PAD_MS);
		chart.view.show([cluster.start - pad, cluster.end + pad]);
	}

	return (svg) => {
		const view = () => chart.view;

		async function moveFocus(move: Move): Promise<void> {
			const { focused, event, shown, shownLanes, byId } = view();
			const from = focused ?? event ?? chart.entry;
			const target = moveFrom(
				shown,
				shownLanes.map((l) => l.id),
				from && byId.has(from) ? from : undefined,
				move
			);
			if (!target) return;
			view().focused = target;
			view().reveal(target, EDGE, false);
			await tick();
			svg.querySelector<SVGElement>(`[data-event-id="${CSS.escape(target)}"]`)?.focus();
		}

		function onkeydown(event: KeyboardEvent): void {
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			const move = (view().direction === 'rtl' ? MIRRORED : MOVES)[event.key];
			const cluster = closest(event.target, 'data-cluster');
			if (move) void moveFocus(move);
			else if (event.key === '+' || event.key === '=') view().zoomBy(2);
			else if (event.key === '-' || event.key === '_' || event.key === '−') view().zoomBy(0.5);
			else if (event.key === '0') view().reset();
			else if ((event.key === 'Enter' || event.key === ' ') && cluster) openCluster(cluster);
			else {
				if (event.key === 'Escape') onselect(undefined);
				return;
			}
			event.preventDefault();
		}

		function onclick(event: MouseEvent): void {
			// A milestone's label opens its event, as the event's own mark does.
			const id =
				closest(event.target, 'data-event-id') ?? closest(event.target, 'data-milestone-event');
			const cluster = closest(event.target, 'data-cluster');
			if (id) {
				event.preventDefault();
				view().focused = id;
				onselect(id);
			} else if (cluster) openCluster(cluster);
		}

		function onfocusin(event: FocusEvent): void {
			const id = closest(event.target, 'data-event-id');
			if (id) view().focused = id;
		}

		function onfocusout(event: FocusEvent): void {
			// A mark that is redrawn loses focus with no related target: keep the keyboard's place then.
			const next = event.relatedTarget as Node | null;
			if (next && !svg.contains(next)) view().focused = undefined;
		}

		const onpointerover = (event: PointerEvent) =>
			(chart.hovered = closest(event.target, 'data-event-id'));
		const onpointerleave = () => (chart.hovered = undefined);

		// svelte/events types its events for HTML elements; an SVG element has the same ones.
		const target = svg as Element as HTMLElement;
		const off = [
			on(target, 'keydown', onkeydown),
			on(target, 'click', onclick),
			on(listenerHost(svg, 'focusin') as HTMLElement, 'focusin', onfocusin),
			on(listenerHost(svg, 'focusout') as HTMLElement, 'focusout', onfocusout),
			on(target, 'pointerover', onpointerover),
			on(target, 'pointerleave', onpointerleave)
		];
		// Focus that came to a mark before these keys were attached (it is what loaded them) counts.
		const focusedNow = svg.contains(document.activeElement)
			? closest(document.activeElement, 'data-event-id')
			: undefined;
		if (focusedNow) view().focused = focusedNow;
		return () => off.forEach((stop) => stop());
	};
}
