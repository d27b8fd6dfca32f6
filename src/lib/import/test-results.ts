// What tests of the importers expect of an opened file: a timeline, or problems.
import type { Opened } from './open-file';

export function opened(result: Opened) {
	if (!result.ok) throw new Error(`expected a timeline, found ${JSON.stringify(result.problems)}`);
	return result;
}

export function refused(result: Opened) {
	if (result.ok) throw new Error('expected problems, found a valid timeline');
	return result;
}
