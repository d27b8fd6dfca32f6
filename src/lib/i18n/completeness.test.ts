import { describe, expect, it } from 'vitest';
import { ENGLISH, translationProblems } from './completeness';
import fa from './fa';
import type { Pack } from './pack';
import ru from './ru';

describe('translations', () => {
	it('are whole in Russian and Persian', () => {
		expect(translationProblems('ru', ru)).toEqual([]);
		expect(translationProblems('fa', fa)).toEqual([]);
	});

	it('name the key that is missing, unknown or has a parameter English does not give', () => {
		const pack = structuredClone(ru) as Omit<Pack, 'main'> & { main: Record<string, unknown> };
		delete pack.main['toolbar.reset'];
		pack.main['toolbar.resset'] = 'Сброс';
		pack.main['toolbar.count'] = '{shown} из {total}';
		expect(translationProblems('ru', pack as Pack)).toEqual([
			`ru: main 'toolbar.reset' is not translated (English: "${ENGLISH.main['toolbar.reset']}")`,
			"ru: main 'toolbar.count' has {shown}, which English does not give",
			"ru: main 'toolbar.resset' is not a key of the English table"
		]);
	});
});
