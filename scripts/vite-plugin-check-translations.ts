// Stops a build when a language lacks a string of the interface, naming each missing key.
import type { Plugin } from 'vite';
import { translationProblems } from '../src/lib/i18n/completeness';
import fa from '../src/lib/i18n/fa';
import ru from '../src/lib/i18n/ru';

export function checkTranslations(): Plugin {
	return {
		name: 'dyad:check-translations',
		apply: 'build',
		buildStart() {
			const problems = [...translationProblems('ru', ru), ...translationProblems('fa', fa)];
			if (problems.length)
				this.error(
					`missing or wrong translations (${problems.length}):\n${problems.join('\n')}\nAdd them to src/lib/i18n/ru.ts or fa.ts.`
				);
		}
	};
}
