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
