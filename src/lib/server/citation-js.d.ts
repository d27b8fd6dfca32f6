// The parts of citation-js that Dyad uses; the packages ship no types of their own.
declare module '@citation-js/core' {
	export interface FormatOptions {
		format?: 'text' | 'html';
		template?: string;
		lang?: string;
	}
	/** One RIS record as tag → value(s), before it is written out as lines. */
	export type RisRecord = Record<string, string | string[]>;
	export class Cite {
		constructor(data: unknown);
		format(style: 'bibliography' | 'citation', options?: FormatOptions): string;
		format(style: 'ris', options: { format: 'object' }): RisRecord[];
		format(style: 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string;
	}
	/** The settings of @citation-js/plugin-bibtex's output (shared by every caller in the process). */
	export interface BibtexConfig {
		format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
	}
	export const plugins: {
		config: { get(plugin: '@bibtex'): BibtexConfig };
	};
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
