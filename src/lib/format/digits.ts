// Numbers in a language's own digits, as Intl.NumberFormat writes them: Persian text takes ۰–۹.

const tables = new Map<string, string[]>();

/** The ten digits `Intl.NumberFormat` writes for a language (0–9 for English and Russian). */
export function digitsOf(language: string): string[] {
	let digits = tables.get(language);
	if (!digits) {
		const format = new Intl.NumberFormat(language, { useGrouping: false });
		digits = Array.from({ length: 10 }, (_, digit) => format.format(digit));
		tables.set(language, digits);
	}
	return digits;
}

/** Text with each ASCII digit written in the language's digits. */
export function localDigits(text: string, language: string): string {
	const digits = digitsOf(language);
	if (digits[0] === '0') return text;
	return text.replace(/[0-9]/g, (digit) => digits[Number(digit)]!);
}
