// "Did you mean …?" for a misspelt id or field name.
import { closest, distance } from 'fastest-levenshtein';

/** The known word nearest to `word`, when it is near enough to be a likely typo. */
export function suggest(word: string, known: readonly string[]): string | undefined {
	if (known.length === 0) return undefined;
	const best = closest(word, [...known]);
	const limit = Math.max(2, Math.floor(word.length / 3));
	return distance(word, best) <= limit ? best : undefined;
}

/** The hint to print for `word`: a suggestion, or the fallback advice. */
export function didYouMean(word: string, known: readonly string[], fallback?: string) {
	const best = suggest(word, known);
	return best ? `did you mean "${best}"?` : fallback;
}
