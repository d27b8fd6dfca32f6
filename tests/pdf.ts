// Printed PDFs read back with pdf.js: the text of each page, and a page drawn to PNG to look at.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Canvas {
	toBuffer(type: 'image/png'): Buffer;
}
interface CanvasFactory {
	create(width: number, height: number): { canvas: Canvas; context: CanvasRenderingContext2D };
}

async function open(pdf: Uint8Array): Promise<PDFDocumentProxy> {
	// pdf.js takes ownership of the bytes it is given: hand it a copy.
	return getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
}

/** The text of every page, in order. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
	const document = await open(pdf);
	const texts: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await document.destroy();
	return texts;
}

/**
 * The text of every page in reading order, from a tagged PDF (`page.pdf({ tagged: true })`): as
 * pdf.js gives it, with what the PDF says of right-to-left text applied. Chromium draws Persian and
 * Arabic glyph by glyph in the order they are seen and marks each such run `ReversedChars`
 * (ISO 32000-1, 14.8.2.3.3), which pdf.js reports but does not apply: each run is put back in
 * reading order here. A line with no Latin letter is right to left as a whole, so its runs (words,
 * numbers) are read from the right. The glyphs' contextual forms (U+FB50–U+FEFF) are read as the
 * letters they are (Unicode NFKC). Lines that mix Latin and Persian keep their runs as drawn.
 */
export async function readingTexts(pdf: Uint8Array): Promise<string[]> {
	const document = await open(pdf);
	const texts: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const content = await page.getTextContent({ includeMarkedContent: true });
		const lines: string[][] = [[]];
		/** Open marked content, with the glyphs read inside a ReversedChars run. */
		const open: { reversed: boolean; pieces: string[]; eol: boolean }[] = [];
		const put = (text: string, eol: boolean) => {
			const run = open.findLast((m) => m.reversed);
			if (run) {
				run.pieces.push(text);
				run.eol ||= eol;
				return;
			}
			lines.at(-1)!.push(text);
			if (eol) lines.push([]);
		};
		for (const item of content.items) {
			if ('str' in item) put(item.str, item.hasEOL);
			else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
				open.push({
					reversed: (item as { tag?: string }).tag === 'ReversedChars',
					pieces: [],
					eol: false
				});
			else if (item.type === 'endMarkedContent') {
				const closed = open.pop();
				if (closed?.reversed) put(closed.pieces.reverse().join(''), closed.eol);
			}
		}
		const read = lines.map((runs) => (/[A-Za-z]/.test(runs.join('')) ? runs : runs.reverse()));
		texts.push(
			read
				.map((runs) => runs.join(''))
				.join('\n')
				.normalize('NFKC')
		);
	}
	await document.destroy();
	return texts;
}

/** One page drawn as a PNG, `scale` pixels per PDF point. */
export async function pagePng(pdf: Uint8Array, number: number, scale = 1.5): Promise<Buffer> {
	const document = await open(pdf);
	const page = await document.getPage(number);
	const viewport = page.getViewport({ scale });
	// In Node, pdf.js draws on @napi-rs/canvas through its own canvas factory.
	const factory = document.canvasFactory as CanvasFactory;
	const { canvas, context } = factory.create(viewport.width, viewport.height);
	await page.render({ canvas: null, canvasContext: context, viewport }).promise;
	const png = canvas.toBuffer('image/png');
	await document.destroy();
	return png;
}
