// The calendars a view writes dates in: the data's own (Gregorian) or Iran's civil calendar.

export const CALENDARS = ['gregorian', 'persian'] as const;
export type Calendar = (typeof CALENDARS)[number];

/** A calendar named in a URL (`cal=`), or undefined for anything else. */
export function calendarOf(value: string | null | undefined): Calendar | undefined {
	return CALENDARS.find((calendar) => calendar === value);
}
