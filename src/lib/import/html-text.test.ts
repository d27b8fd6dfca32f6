import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from '../markdown/inline';
import { htmlToText } from './html-text';

/** The Markdown's words as Dyad reads them back: what a reader would see. */
function readBack(markdown: string): string {
	const parsed = parseInline(markdown);
	if (!parsed.ok) throw new Error(`"${markdown}" does not parse: ${parsed.errors.join('; ')}`);
	return plainText(parsed.inline);
}

describe('htmlToText', () => {
	it.each([
		['<i>leased</i>', '*leased*'],
		['<em>leased</em>', '*leased*'],
		['an <i>agreed</i> lease', 'an *agreed* lease']
	])('keeps %j as emphasis', (html, markdown) => {
		expect(htmlToText(html)).toEqual({
			markdown,
			plain: markdown.replace(/\*/g, ''),
			dropped: false
		});
	});

	// html-text.ts:106 takes every "**" for emphasis around nothing and deletes it.
	it.each([
		['<b>signed</b>', '**signed**'],
		['<strong>signed</strong>', '**signed**'],
		['a <b>signed</b> deal', 'a **signed** deal']
	])('keeps %j as strong emphasis', (html, markdown) => {
		expect(htmlToText(html).markdown).toBe(markdown);
	});

	it('keeps the strong emphasis of the TimelineJS fixture’s first event', () => {
		const { markdown } = htmlToText('with <b>strong</b> and <i>emphasised</i> words');
		const parsed = parseInline(markdown);
		expect(parsed.ok && parsed.inline.map((node) => node.type)).toEqual([
			'text',
			'strong',
			'text',
			'emphasis',
			'text'
		]);
	});

	it('keeps an http(s) link as a Markdown link to the same address', () => {
		const { markdown, plain, dropped } = htmlToText(
			'see <a href="https://press.un.org/en/2015">the UN</a> and <a href="http://example.org/">this</a>.'
		);
		expect(markdown).toBe(
			'see [the UN](https://press.un.org/en/2015) and [this](http://example.org/).'
		);
		expect(plain).toBe('see the UN and this.');
		expect(dropped).toBe(false);
		const parsed = parseInline(markdown);
		expect(parsed.ok && parsed.inline[1]).toEqual({
			type: 'link',
			href: 'https://press.un.org/en/2015',
			children: [{ type: 'text', value: 'the UN' }]
		});
	});

	it.each([
		['<script>window.injected = 1</script>', 'Before After'],
		['<style>body { display: none }</style>', 'Before After'],
		['<svg><script>alert(1)</script></svg>', 'Before After'],
		['<noscript><img src=x onerror=alert(1)></noscript>', 'Before After']
	])('drops the content of %j entirely, and says so', (inside, plain) => {
		const result = htmlToText(`Before ${inside} After`);
		expect(result).toEqual({ markdown: plain, plain, dropped: true });
	});

	it.each([
		'javascript:window.injected=1',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
		'vbscript:msgbox(1)',
		'/relative/page'
	])('keeps the text of a link to %j, but no link, and says so', (href) => {
		const result = htmlToText(`a <a href="${href}">click here</a> b`);
		expect(result).toEqual({ markdown: 'a click here b', plain: 'a click here b', dropped: true });
		expect(readBack(result.markdown)).toBe('a click here b');
	});

	it('drops an element it does not carry over but keeps its words', () => {
		const result = htmlToText('<h2>Heading</h2><ul><li>one</li><li>two</li></ul><img src="x.png">');
		expect(result.plain).toBe('Heading one two');
		expect(result.dropped).toBe(true);
	});

	it('keeps the words of harmless inline elements without saying anything was dropped', () => {
		expect(htmlToText('<span>In</span> <u>2016</u> <small>a</small> <q>deal</q>')).toEqual({
			markdown: 'In 2016 a deal',
			plain: 'In 2016 a deal',
			dropped: false
		});
	});

	it('decodes entities', () => {
		const result = htmlToText(
			'Tom &amp; Jerry &lt;3 &quot;both&quot; &#39;now&#39; caf&eacute; &#x263A;'
		);
		expect(result.plain).toBe('Tom & Jerry <3 "both" \'now\' café ☺');
		expect(readBack(result.markdown)).toBe(result.plain);
	});

	it('joins block elements and line breaks with one space', () => {
		expect(htmlToText('<p>One.</p><p>Two.<br>Three.</p>\n\n  Four.').plain).toBe(
			'One. Two. Three. Four.'
		);
	});

	it.each([
		'*not emphasis*',
		'__not strong__',
		'[not](https://a.link)',
		'![not](https://an.image/x.png)',
		'`not code`',
		'a \\ backslash',
		'&lt;b&gt;not html&lt;/b&gt;',
		'# not a heading',
		'> not a quote',
		'| not | a | table |',
		'~~not struck~~',
		'1. not a list',
		'2) not a list',
		'- not a list',
		'+ not a list',
		'= not a heading underline',
		'---',
		'1986. A year, not a list'
	])('escapes %j so that it reads back as its own text', (html) => {
		const { markdown, plain } = htmlToText(html);
		expect(readBack(markdown)).toBe(plain);
	});

	it.each(['1. First', '- Dash', '<p>3. Third</p>', '<b></b>1) After an empty element'])(
		'writes %j, a list item to Markdown, as a paragraph',
		(html) => {
			const { markdown } = htmlToText(html);
			const parsed = parseInline(markdown);
			expect(parsed.ok).toBe(true);
			if (parsed.ok) expect(parsed.inline.every((node) => node.type === 'text')).toBe(true);
		}
	);

	// The Markdown subset is read back by parseInline: what comes out must be the words that went in.
	it.each([
		// escape.ts:5 does not escape "&", so a literal entity in the text is decoded on reading back.
		['AT&amp;amp;T', 'AT&amp;T'],
		['&amp;copy; 2020', '&copy; 2020'],
		// html-text.ts:106 also removes the space between two emphasised or strong words.
		['<i>first</i> <i>second</i>', 'first second'],
		['<b>first</b> <b>second</b>', 'first second'],
		// A space inside the element ends up inside the delimiters, which then are no emphasis: the
		// asterisks show, or (at the start) open a list that the validator refuses.
		['<i>Note: </i>text', 'Note: text'],
		['Read <i> this</i> now', 'Read this now'],
		['<i> Note</i>: text', 'Note: text']
	])('reads %j back as %j', (html, plain) => {
		const result = htmlToText(html);
		expect(result.plain).toBe(plain);
		expect(readBack(result.markdown)).toBe(plain);
	});

	// html-text.ts:94 encodes "(" and ")" with encodeURIComponent, which leaves both as they are.
	it.each([
		['https://example.org/a)b', 'https://example.org/a)b'],
		['https://example.org/a(b', 'https://example.org/a(b'],
		['https://example.org/a\\', 'https://example.org/a\\']
	])('keeps a link to %j whole', (href) => {
		const { markdown } = htmlToText(`<a href="${href}">the page</a> said`);
		const parsed = parseInline(markdown);
		expect(parsed.ok && parsed.inline.length).toBe(2);
		expect(parsed.ok && parsed.inline[0]).toMatchObject({
			type: 'link',
			children: [{ type: 'text', value: 'the page' }]
		});
		expect(readBack(markdown)).toBe('the page said');
	});

	it('leaves out emphasis around nothing', () => {
		expect(htmlToText('<i> </i>Text<em></em>').markdown).toBe('Text');
	});

	it('leaves out a link around nothing', () => {
		expect(htmlToText('<a href="https://example.org/"></a>Text')).toEqual({
			markdown: 'Text',
			plain: 'Text',
			dropped: false
		});
	});

	it('reads a link inside an http(s) link as text, never as a second link target', () => {
		const { markdown } = htmlToText(
			'<a href="https://example.org/">[x](javascript:window.injected=1)</a>'
		);
		const parsed = parseInline(markdown);
		expect(parsed.ok && parsed.inline).toEqual([
			{
				type: 'link',
				href: 'https://example.org/',
				children: [{ type: 'text', value: '[x](javascript:window.injected=1)' }]
			}
		]);
	});
});
