// A date or range as readers see it: shared by the model and the browser's copy of it (wire.ts).
import type { LabelledDate } from './timeline';

/** "30 September 2015", or "2014 – 2016" for a range. */
export function when(start: LabelledDate, end: LabelledDate | undefined): string {
	return !end || end.iso === start.iso ? start.label : `${start.label} – ${end.label}`;
}
