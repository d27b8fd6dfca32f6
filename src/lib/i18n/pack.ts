// What a language other than English provides: every string of every part of the interface. The
// types name each table's keys, so a missing or misspelt translation fails the type check, naming the
// key; scripts/check-translations.ts says the same before a build.
import type { EmbedKey } from './embed-messages';
import type { HandoutKey } from './handout-messages';
import type { LaterKey } from './later-messages';
import type { MessageKey } from './messages';
import type { PresentKey } from './present-messages';
import type { ShareKey } from './share-messages';

/**
 * A message: text with {name} parameters, or its forms by plural category (`Intl.PluralRules`) of
 * its `count` parameter: English needs `one` and `other`, Russian `one`, `few`, `many` and `other`.
 */
export type Message = string | PluralForms;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Pack {
	main: Record<MessageKey, Message>;
	later: Record<LaterKey, Message>;
	present: Record<PresentKey, Message>;
	handout: Record<HandoutKey, Message>;
	share: Record<ShareKey, Message>;
	embed: Record<EmbedKey, Message>;
}

export type Part = keyof Pack;
