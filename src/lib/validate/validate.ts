// One call from a data file's text to its typed content, or to every problem in it, located.
import { timelineSchema, type TimelineData } from '../schema/timeline';
import { formatPath, locate, readJson } from './json-source';
import { formatProblem, type LocatedProblem, type Problem } from './problem';
import { checkRules } from './rules';
import { checkShape } from './shape-problems';

export type Validation =
	{ ok: true; data: TimelineData } | { ok: false; problems: LocatedProblem[] };

function byPosition(a: LocatedProblem, b: LocatedProblem): number {
	return a.line - b.line || a.column - b.column;
}

/** Validates a timeline file's text: syntax, shape and cross-references, all reported at once. */
export function validateTimeline(source: string, file: string): Validation {
	const json = readJson(source);
	if (!json.ok) {
		return { ok: false, problems: [{ file, ...json.position, path: [], message: json.message }] };
	}
	const shape = checkShape(timelineSchema, json.value);
	const problems: Problem[] = [...(shape.ok ? [] : shape.problems), ...checkRules(json.value)];
	if (shape.ok && problems.length === 0) return { ok: true, data: shape.data };

	const seen = new Set<string>();
	const located = problems
		.map((problem) => ({ file, ...locate(json.root, problem.path, problem.atKey), ...problem }))
		.filter((problem) => {
			const key = `${formatPath(problem.path)} ${problem.message}`;
			return seen.has(key) ? false : (seen.add(key), true);
		});
	return { ok: false, problems: located.sort(byPosition) };
}

/** The problems as printed lines, one each. */
export function reportLines(problems: readonly LocatedProblem[]): string[] {
	return problems.map((problem) => formatProblem(problem, formatPath));
}
