// Which strings a language lacks, or has that English does not, and which parameters it drops: what
// stops a build (scripts/vite-plugin-check-translations.ts) before a page shows a hole.
import { english as embed } from './embed-messages';
import { english as handout } from './handout-messages';
import { english as later } from './later-messages';
import { english as main } from './messages';
import type { Message, Pack, Part } from './pack';
import { english as present } from './present-messages';
import { english as share } from './share-messages';

export const ENGLISH: Record<Part, Record<string, Message>> = {
	main,
	later,
	present,
	handout,
	share,
	embed
};

const parameters = (message: Message) =>
	new Set(
		(typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
			[...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1])
		)
	);

/** Each problem of a language's pack, naming the part and key: empty when it is whole. */
export function translationProblems(language: string, pack: Pack): string[] {
	const problems: string[] = [];
	for (const [part, table] of Object.entries(ENGLISH) as [Part, Record<string, Message>][]) {
		const own = (pack[part] ?? {}) as Record<string, Message | undefined>;
		for (const [key, message] of Object.entries(table)) {
			const translated = own[key];
			if (translated === undefined || translated === '') {
				problems.push(
					`${language}: ${part} '${key}' is not translated (English: "${String(typeof message === 'string' ? message : message.other)}")`
				);
				continue;
			}
			const wanted = parameters(message);
			for (const name of parameters(translated))
				if (!wanted.has(name))
					problems.push(`${language}: ${part} '${key}' has {${name}}, which English does not give`);
		}
		for (const key of Object.keys(own))
			if (!(key in table))
				problems.push(`${language}: ${part} '${key}' is not a key of the English table`);
	}
	return problems;
}
