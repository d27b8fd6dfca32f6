// The parts of citation-js that Dyad uses; the packages ship no types of their own.
declare module '@citation-js/core' {
	export interface FormatOptions {
		format?: 'text' | 'html';
		template?: string;
		lang?: string;
	}
	export class Cite {
		constructor(data: unknown);
		format(style: 'bibliography' | 'citation', options?: FormatOptions): string;
		format(style: 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string;
	}
}

declare module '@citation-js/plugin-csl';
