// Makes the scripts written inline into the one-file export safe to sit in HTML. Inside a <script>
// element, the HTML tokenizer knows nothing of JavaScript: `<!--` followed by `<script` makes it
// skip the next `</script>` (and blank the page), and `</script` ends the element wherever it is.
// The bundler escapes only `</script`, and only in some places, so the final page is rewritten here:
// every such sequence, in any case, and the line separators U+2028 and U+2029 are escaped where
// they stand (in a string, template or regular expression) and spaced apart in code and comments.
// The page's Content-Security-Policy allows its script by hash, so the hash follows the text.
import { createHash } from 'node:crypto';
import { parseSync, Visitor } from 'vite';

/** What the HTML tokenizer must never meet inside a script element. */
export const ANY_HAZARD = /<!--|<\/?script|[\u2028\u2029]/i;

type Kind = 'literal' | 'tagged' | 'comment';
interface Range {
	start: number;
	end: number;
	kind: Kind;
}

/** Where the strings, templates, regular expressions and comments of a script lie. */
function literalRanges(code: string): Range[] {
	const { program, comments, errors } = parseSync('inline.js', code, {
		lang: 'js',
		sourceType: 'script'
	});
	if (errors.length) {
		throw new Error(`an inline script does not parse: ${errors[0]?.message ?? 'unknown error'}`);
	}
	const ranges: Range[] = comments.map(({ start, end }) => ({ start, end, kind: 'comment' }));
	const tagged: [number, number][] = [];
	new Visitor({
		Literal(node) {
			if (typeof node.value === 'string' || 'regex' in node) {
				ranges.push({ start: node.start, end: node.end, kind: 'literal' });
			}
		},
		TaggedTemplateExpression(node) {
			tagged.push([node.quasi.start, node.quasi.end]);
		},
		TemplateElement(node) {
			const isTagged = tagged.some(([start, end]) => node.start >= start && node.end <= end);
			ranges.push({ start: node.start, end: node.end, kind: isTagged ? 'tagged' : 'literal' });
		}
	}).visit(program);
	return ranges.sort((a, b) => a.start - b.start);
}

/**
 * A hazard in a string, template or regular expression, written as an escape that means the same
 * character. A backslash just before it escapes it already (`\<` is `<`; a backslash and a line
 * separator continue the line, which adds nothing), so the pair is replaced.
 */
function escapeLiteral(text: string): string {
	let out = '';
	let last = 0;
	for (const match of text.matchAll(/(\\*)(<(?=!--|\/?script)|[\u2028\u2029])/gi)) {
		const [whole, slashes = '', char = ''] = match;
		const escaped = slashes.length % 2 === 1;
		const kept = escaped ? slashes.slice(1) : slashes;
		let replacement: string;
		if (char === '<') replacement = `${kept}\\x3C`;
		else replacement = escaped ? kept : `${kept}\\u${char.charCodeAt(0).toString(16)}`;
		out += text.slice(last, match.index) + replacement;
		last = match.index + whole.length;
	}
	return out + text.slice(last);
}

/** Hazards in code or a comment: a space after the `<` (`a< script` compares as `a<script` did). */
function spaceApart(text: string): string {
	return text.replace(/<(?=!--|\/?script)/gi, '< ').replace(/[\u2028\u2029]/g, '\n');
}

/** The script with every hazard escaped or spaced apart; the same program. */
export function escapeScriptText(code: string): string {
	if (!ANY_HAZARD.test(code)) return code;
	let out = '';
	let at = 0;
	for (const range of literalRanges(code)) {
		if (range.start < at) continue; // a literal inside one already handled
		out += spaceApart(code.slice(at, range.start));
		const text = code.slice(range.start, range.end);
		if (range.kind === 'tagged' && ANY_HAZARD.test(text)) {
			// A tag sees the raw text, which an escape would change.
			throw new Error(`a tagged template in an inline script holds ${JSON.stringify(text)}`);
		}
		out += range.kind === 'comment' ? spaceApart(text) : escapeLiteral(text);
		at = range.end;
	}
	out += spaceApart(code.slice(at));
	if (ANY_HAZARD.test(out))
		throw new Error('an inline script still holds <!--, <script or </script');
	literalRanges(out); // still a program
	return out;
}

/** JSON in a script element: `<` and the line separators only occur in strings, as escapes. */
function escapeJsonText(text: string): string {
	return text.replace(
		/[<\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

// A comment in the markup, or a script element up to the first `</script` after it opens (where
// the tokenizer ends it once its text is free of `<!--` and `<script`).
const MARKUP = /<!--[\s\S]*?(?:-->|$)|(<script\b[^>]*>)([\s\S]*?)(<\/script[\s/>]|$)/gi;
const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);
const JSON_TYPES = new Set(['application/json', 'application/ld+json', 'importmap']);

function typeOf(openTag: string): string {
	const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(openTag);
	return (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
}

/** A script's hash as a Content-Security-Policy source names it. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi;

/** The page with the text of each inline script element made safe (see the top of this file). */
export function safeInlineScripts(html: string): string {
	const rehashed = new Map<string, string>();
	const safe = html.replace(MARKUP, (whole, open?: string, text = '', close = '') => {
		if (open === undefined) return whole;
		const type = typeOf(open);
		let next: string;
		if (JS_TYPES.has(type)) next = escapeScriptText(text);
		else if (JSON_TYPES.has(type)) next = escapeJsonText(text);
		else throw new Error(`an inline script of unknown type "${type}"`);
		if (next !== text) rehashed.set(scriptHash(text), scriptHash(next));
		return open + next + close;
	});
	if (!rehashed.size) return safe;
	return safe.replace(CSP_META, (meta, policy: string) => {
		let next = policy;
		for (const [before, after] of rehashed) next = next.split(before).join(after);
		return meta.replace(policy, () => next);
	});
}

export interface PageScript {
	/** The opening tag, e.g. `<script>`. */
	open: string;
	/** The script's text. */
	text: string;
	/** Where the element ends in the page (after its end tag's `</script`). */
	end: number;
}

/**
 * The script elements of a page as the HTML tokenizer finds them, provided their text holds no
 * `<!--` or `<script` (which safeInlineScripts ensures, and checkScripts checks).
 */
export function pageScripts(html: string): PageScript[] {
	return [...html.matchAll(MARKUP)]
		.filter((match) => match[1] !== undefined)
		.map((match) => ({
			open: match[1]!,
			text: match[2] ?? '',
			end: match.index + match[0].length
		}));
}

/**
 * The page must hold exactly one script, inline, that starts the app, with the rest of the page
 * after it: text that fooled the HTML tokenizer would swallow the page into the script and ship a
 * blank file.
 */
export function checkScripts(html: string): void {
	const scripts = pageScripts(html);
	const found = scripts.map(({ open }) => open).join(', ') || 'none';
	const [script] = scripts;
	if (scripts.length !== 1 || !script || script.open !== '<script>') {
		throw new Error(`the page should hold one inline <script>; it holds ${found}`);
	}
	if (ANY_HAZARD.test(script.text)) {
		throw new Error('the inline script still holds <!--, <script or </script');
	}
	if (!script.text.includes('.app.start(')) {
		throw new Error('the inline script does not end by starting the app');
	}
	for (const [, policy = ''] of html.matchAll(CSP_META)) {
		if (/script-src[^;]*'sha256-/.test(policy) && !policy.includes(scriptHash(script.text))) {
			throw new Error("the page's Content-Security-Policy does not allow its script");
		}
	}
	if (!/^\s*<\/div>\s*<\/body>\s*<\/html>\s*$/.test(html.slice(script.end))) {
		throw new Error('the page does not end after its script as the build wrote it');
	}
}
