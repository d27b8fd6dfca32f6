// A problem found in a data file: where it is, what is wrong and how to fix it.
import type { JsonPath, Position } from './json-source';

export interface Problem {
	path: JsonPath;
	message: string;
	/** How to fix it, when there is more to say (e.g. did you mean …?). */
	hint?: string;
	/** Point at the member's name rather than its value (for fields that should not be there). */
	atKey?: boolean;
	/** Where it is, when the path alone cannot tell (the second of two keys with one name). */
	at?: Position;
}

export interface LocatedProblem extends Problem {
	file: string;
	line: number;
	column: number;
}

/** `file:line:column  json.path  message (hint)`: the one line a problem prints as. */
export function formatProblem(
	problem: LocatedProblem,
	formatPath: (p: JsonPath) => string
): string {
	const where = `${problem.file}:${problem.line}:${problem.column}`;
	const hint = problem.hint ? ` (${problem.hint})` : '';
	return `${where}  ${formatPath(problem.path)}  ${problem.message}${hint}`;
}
