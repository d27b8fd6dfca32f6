import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	ANY_HAZARD,
	checkScripts,
	escapeScriptText,
	pageScripts,
	safeInlineScripts,
	scriptHash
} from './inline-script';

/** Text that must not reach the HTML tokenizer inside a script element, as data might hold it. */
const HOSTILE = [
	'Comment opener <!--<script> in a title',
	'<!--',
	'<SCRIPT>',
	'</script>',
	'</ScRiPt >',
	'<!-- <script> </script> -->',
	'<\\/script> already half escaped',
	'line\u2028separator\u2029paragraph',
	'\\<script> after a backslash',
	'a lone \ud800 surrogate <!--'
];

/** What a script computes, run in a fresh context. */
const run = (code: string): unknown => runInNewContext(code);

describe('escapeScriptText', () => {
	it('keeps every hostile string the same value, in strings, templates and regular expressions', () => {
		for (const text of HOSTILE) {
			const literal = JSON.stringify(text);
			const code = [
				`var s = ${literal};`,
				`var t = \`\${1}${text.replace(/[`\\$]/g, '\\$&')}\${2}\`;`,
				`var o = { ${literal}: 1 };`,
				`var j = JSON.parse(${JSON.stringify(JSON.stringify({ text }))});`,
				`[s, t, Object.keys(o)[0], j.text];`
			].join('\n');
			const escaped = escapeScriptText(code);
			expect(escaped, text).not.toMatch(ANY_HAZARD);
			expect(run(escaped), text).toEqual(run(code));
		}
	});

	it('keeps what a regular expression matches', () => {
		const code = String.raw`[/<script\b[^>]*>/i.test('<SCRIPT src=x>'), /[<]!--/.test('<!--'), /\<\/script/.source.length]`;
		const escaped = escapeScriptText(code);
		expect(escaped).not.toMatch(ANY_HAZARD);
		expect(run(escaped)).toEqual(run(code));
	});

	it('spaces hazards apart in code and comments, keeping the program', () => {
		const code = 'var script = 2, a = 1; /* <!-- <script> */ // </script\n[a<script, a\u2028+ 1]';
		const escaped = escapeScriptText(code);
		expect(escaped).not.toMatch(ANY_HAZARD);
		expect(run(escaped)).toEqual([true, 2]);
	});

	it('counts backslashes: an escaped backslash before < stays a backslash', () => {
		const code = String.raw`['\\<script', '\<script', '\\\<!--']`;
		const escaped = escapeScriptText(code);
		expect(escaped).not.toMatch(ANY_HAZARD);
		expect(run(escaped)).toEqual(['\\<script', '<script', '\\<!--']);
	});

	it('leaves a script without hazards as it is', () => {
		const code = 'var a = "<b>" + `<i>` + /<p>/.source; a < 2;';
		expect(escapeScriptText(code)).toBe(code);
	});

	it('refuses a tagged template whose raw text holds a hazard, which no escape could keep', () => {
		expect(() => escapeScriptText('String.raw`<script>`')).toThrow(/tagged template/);
	});

	it('refuses a script that does not parse', () => {
		expect(() => escapeScriptText('var a = "<!--')).toThrow(/does not parse/);
	});
});

describe('safeInlineScripts and checkScripts', () => {
	const page = (script: string) =>
		`<!doctype html><html><head><title>T</title><!--[--><!--]--></head><body><div style="display: contents"><p>Body text</p>
			<script>${script}</script>
		</div>
	</body>
</html>
`;
	// As the bundler writes it: `</script` is the one sequence it escapes.
	const data = (title: string) =>
		`var d = JSON.parse(${JSON.stringify(JSON.stringify({ title }))}); __k.app.start(element);`.replace(
			/<\/(script)/gi,
			'<\\/$1'
		);

	it('makes a page whose data holds <!--<script> end its script where the build did', () => {
		for (const text of HOSTILE) {
			const html = safeInlineScripts(page(data(text)));
			const scripts = pageScripts(html);
			expect(scripts, text).toHaveLength(1);
			expect(html.slice(scripts[0]!.end)).toMatch(/^\s*<\/div>\s*<\/body>/);
			expect(() => checkScripts(html)).not.toThrow();
			const title = runInNewContext(
				`${scripts[0]!.text.replace('__k.app.start(element);', '')}; d.title`
			);
			expect(title).toBe(text);
		}
	});

	it('rewrites JSON script elements and leaves markup comments alone', () => {
		const html =
			'<!-- <script>x</script> --><script type="application/json">{"a":"<!--<script>"}</script>';
		const safe = safeInlineScripts(html);
		expect(safe).toBe(
			'<!-- <script>x</script> --><script type="application/json">{"a":"\\u003c!--\\u003cscript>"}</script>'
		);
		expect(JSON.parse(pageScripts(safe)[0]!.text)).toEqual({ a: '<!--<script>' });
	});

	it('fails a page whose script would swallow the rest of it', () => {
		const html = page(data('<!--<script>'));
		expect(() => checkScripts(html)).toThrow(/still holds/);
	});

	it('fails a page with no script, a second one, or one that does not start the app', () => {
		expect(() => checkScripts('<html><body></body></html>')).toThrow(/holds none/);
		expect(() => checkScripts(page('__k.app.start(element);') + '<script>1</script>')).toThrow(
			/holds <script>, <script>/
		);
		expect(() => checkScripts(page('var a = 1;'))).toThrow(/starting the app/);
		expect(() =>
			checkScripts(page('__k.app.start(element);').replace('</body>', '<p>x</p></body>'))
		).toThrow(/does not end/);
	});

	it("moves the Content-Security-Policy's hash to the rewritten script, and checks it", () => {
		const script = data('<!--<script>');
		const csp = (hash: string) =>
			`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash}">`;
		const html = page(script).replace('<title>', `${csp(scriptHash(script))}<title>`);
		const safe = safeInlineScripts(html);
		const text = pageScripts(safe)[0]!.text;
		expect(text).not.toBe(script);
		expect(safe).toContain(csp(scriptHash(text)));
		expect(safe).not.toContain(scriptHash(script));
		expect(() => checkScripts(safe)).not.toThrow();
		const stale = safe.replace(scriptHash(text), scriptHash(script));
		expect(() => checkScripts(stale)).toThrow(/Content-Security-Policy/);
	});
});
