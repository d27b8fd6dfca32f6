// Turns the schema's findings into problems a person can act on.
import { z } from 'zod';
import type { JsonPath } from './json-source';
import type { Problem } from './problem';
import { didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
	return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The field names the schema allows at `path`, found by walking the schema's shape. */
export function fieldsAt(schema: z.ZodType, path: JsonPath): string[] {
	let node: z.core.$ZodType | undefined = schema;
	const unwrap = (n: z.core.$ZodType): z.core.$ZodType => {
		const def = n._zod.def as { innerType?: z.core.$ZodType };
		return def.innerType ? unwrap(def.innerType) : n;
	};
	for (const key of path) {
		if (!node) return [];
		const def = unwrap(node)._zod.def as {
			shape?: Record<string, z.core.$ZodType>;
			element?: z.core.$ZodType;
			items?: z.core.$ZodType[];
			rest?: z.core.$ZodType | null;
		};
		if (typeof key === 'string') node = def.shape?.[key];
		else node = def.element ?? def.items?.[key] ?? def.rest ?? undefined;
	}
	if (!node) return [];
	const def = unwrap(node)._zod.def as { shape?: Record<string, unknown> };
	return def.shape ? Object.keys(def.shape) : [];
}

function fromIssue(issue: Issue, schema: z.ZodType): Problem[] {
	const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) {
				const field = String(path[path.length - 1]);
				return [{ path, message: `missing required field "${field}"` }];
			}
			return [
				{ path, message: `expected ${article(issue.expected)}, found ${describe(issue.input)}` }
			];
		}
		case 'unrecognized_keys': {
			const known = fieldsAt(schema, path);
			return issue.keys.map((key) => ({
				path: [...path, key],
				atKey: true,
				message: `unknown field "${key}"`,
				hint: didYouMean(key, known, `allowed here: ${known.join(', ')}`)
			}));
		}
		case 'invalid_key': {
			// A key of an object keyed by ids (a translation's): the key's own problem, at the key.
			const key = issue.path[issue.path.length - 1];
			const message = issue.issues[0]?.message ?? issue.message;
			return [{ path, atKey: true, message: `"${String(key)}" is not a valid key: ${message}` }];
		}
		case 'invalid_value': {
			const values = issue.values.map((v) => JSON.stringify(v));
			if (values.length === 1) {
				return [{ path, message: `must be ${values[0]}, found ${describe(issue.input)}` }];
			}
			const input = typeof issue.input === 'string' ? issue.input : '';
			const words = issue.values.map(String);
			return [
				{
					path,
					message: `${describe(issue.input)} is not one of ${values.join(', ')}`,
					hint: didYouMean(input, words)
				}
			];
		}
		case 'too_small': {
			if (issue.origin === 'array') {
				const custom = issue.message.startsWith('Too small') ? undefined : issue.message;
				return [{ path, message: custom ?? `needs at least ${issue.minimum} item(s)` }];
			}
			if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
			return [{ path, message: `must be at least ${issue.minimum}` }];
		}
		case 'too_big': {
			const custom = issue.message.startsWith('Too big') ? undefined : issue.message;
			if (issue.origin === 'string' && typeof issue.input === 'string') {
				const field = path.findLast((key) => typeof key === 'string') ?? 'the text';
				const count = (n: number | bigint) => n.toLocaleString('en-GB');
				return [
					{
						path,
						message: `${field} is ${count(issue.input.length)} characters; the limit is ${count(issue.maximum)}`,
						hint: custom ?? 'shorten it'
					}
				];
			}
			if (custom) return [{ path, message: custom }];
			if (issue.origin === 'array') {
				return [{ path, message: `holds at most ${issue.maximum} item(s)` }];
			}
			if (issue.origin === 'string') {
				return [{ path, message: `must be at most ${issue.maximum} characters` }];
			}
			return [{ path, message: `must be at most ${issue.maximum}` }];
		}
		default:
			return [{ path, message: issue.message }];
	}
}

/** Every problem the schema finds in `value`, or the typed value when there are none. */
export function checkShape<S extends z.ZodType>(
	schema: S,
	value: unknown
): { ok: true; data: z.output<S> } | { ok: false; problems: Problem[] } {
	const result = schema.safeParse(value, { reportInput: true });
	if (result.success) return { ok: true, data: result.data };
	return { ok: false, problems: result.error.issues.flatMap((issue) => fromIssue(issue, schema)) };
}
