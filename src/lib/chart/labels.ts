// Label placement: each mark's label goes where it collides with nothing, or is left to hover and focus.

/** A mark that wants a label. */
export interface LabelRequest {
	id: string;
	/** The mark's centre (points) or start (bars). */
	x: number;
	/** Half the mark's width: labels keep clear of it. */
	radius: number;
	text: string;
	/** Higher goes first. An empty text only blocks the inline row (a count mark). */
	priority: number;
}

export type Slot = 'inline' | 'below';

export interface PlacedLabel {
	id: string;
	text: string;
	/** Where the text starts (anchor start) or ends (anchor end). */
	x: number;
	/** Where its mark is: a label keeps its distance from it when the lanes are stretched. */
	mark: number;
	slot: Slot;
	anchor: 'start' | 'end';
}

/** Labels are cut to this many characters, at a word, with an ellipsis; the full title shows on focus. */
export const MAX_LABEL_CHARS = 34;
const FONT_SIZE = 12;
const GAP = 6;

/**
 * A title shortened to fit a label, always at a word boundary: the words that fit, with an ellipsis.
 * A first word longer than the limit is kept whole rather than cut.
 */
export function shortTitle(title: string, max = MAX_LABEL_CHARS): string {
	if (title.length <= max) return title;
	const space = title.lastIndexOf(' ', max - 1);
	const firstSpace = title.indexOf(' ');
	const end = space > 0 ? space : firstSpace > 0 ? firstSpace : title.length;
	const words = title.slice(0, end).replace(/[\s,:;–—-]+$/, '');
	return end >= title.length ? title : `${words}…`;
}

/** The width of text in the chart's 12 px sans-serif, estimated per character so layout runs anywhere. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
	return emWidth(text) * fontSize;
}

/** Widths already measured: a zoom frame places the same labels again. */
const measured = new Map<string, number>();
const MEASURED_LIMIT = 50_000;

function emWidth(text: string): number {
	const known = measured.get(text);
	if (known !== undefined) return known;
	let em = 0;
	for (const char of text) {
		if (/[iljtf.,:;'!|()\s]/.test(char)) em += 0.3;
		else if (/[mwMWшщжмыюШЩЖМЫЮ]/.test(char)) em += 0.88;
		else if (/[A-Z0-9–—…А-ЯЁ]/.test(char)) em += 0.7;
		else em += 0.6;
	}
	if (measured.size >= MEASURED_LIMIT) measured.clear();
	measured.set(text, em);
	return em;
}

interface Box {
	x0: number;
	x1: number;
	/** The mark a box belongs to, when it is a mark. */
	owner?: string;
}

/** True when `box` meets any box in `boxes` other than those belonging to `owner`. */
function overlaps(boxes: Box[], box: Box, owner: string): boolean {
	for (const b of boxes) if (b.owner !== owner && b.x0 < box.x1 && box.x0 < b.x1) return true;
	return false;
}

/**
 * Places labels in one lane, highest priority first. Inline labels sit beside their mark and must not
 * cover other marks; labels below may run under marks. A label that fits nowhere is left out.
 */
export function placeLabels(
	requests: LabelRequest[],
	/** Where labels may go, in px: the plot, or more when the lanes will be shifted. */
	[from, to]: readonly [number, number],
	/** Whether there is a row below the marks for labels. */
	below = true
): PlacedLabel[] {
	const taken: Record<Slot, Box[]> = {
		// Every mark blocks the inline row, so an inline label never covers a mark.
		inline: requests.map((r) => ({ x0: r.x - r.radius - 1, x1: r.x + r.radius + 1, owner: r.id })),
		below: []
	};
	const placed: PlacedLabel[] = [];
	const order = [...requests].sort((a, b) => b.priority - a.priority || a.x - b.x);
	for (const request of order) {
		if (!request.text) continue;
		const length = textWidth(request.text);
		const candidates: { slot: Slot; anchor: 'start' | 'end'; box: Box; x: number }[] = [
			{
				slot: 'inline',
				anchor: 'start',
				x: request.x + request.radius + GAP,
				box: { x0: 0, x1: 0 }
			},
			{ slot: 'inline', anchor: 'end', x: request.x - request.radius - GAP, box: { x0: 0, x1: 0 } },
			{ slot: 'below', anchor: 'start', x: request.x - request.radius, box: { x0: 0, x1: 0 } },
			{ slot: 'below', anchor: 'end', x: request.x + request.radius, box: { x0: 0, x1: 0 } }
		];
		for (const candidate of candidates) {
			candidate.box =
				candidate.anchor === 'start'
					? { x0: candidate.x - 1, x1: candidate.x + length + GAP }
					: { x0: candidate.x - length - GAP, x1: candidate.x + 1 };
		}
		const fit = candidates.find((c) => {
			if (c.slot === 'below' && !below) return false;
			if (c.box.x0 < from || c.box.x1 > to) return false;
			return !overlaps(taken[c.slot], c.box, request.id);
		});
		if (!fit) continue;
		taken[fit.slot].push(fit.box);
		placed.push({
			id: request.id,
			text: request.text,
			x: fit.x,
			mark: request.x,
			slot: fit.slot,
			anchor: fit.anchor
		});
	}
	return placed;
}
