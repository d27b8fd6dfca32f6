// Careful readers of not-yet-validated JSON, so cross-checks run even where the shape is wrong.
import type { JsonPath } from './json-source';

export type RawObject = Record<string, unknown>;

export interface RawItem {
	value: RawObject;
	path: JsonPath;
}

export function isObject(value: unknown): value is RawObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object items of the array at `value`, each with its path; anything else is skipped. */
export function items(value: unknown, path: JsonPath): RawItem[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item, index) =>
		isObject(item) ? [{ value: item, path: [...path, index] }] : []
	);
}

/** The string at `key`, if it is one. */
export function text(object: RawObject, key: string): string | undefined {
	const value = object[key];
	return typeof value === 'string' ? value : undefined;
}
