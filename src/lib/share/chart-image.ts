// The chart as a file: a standalone SVG (styles written onto each element, since the page's
// stylesheets do not travel with it) and a PNG drawn from it at twice the size, for slides.

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'direction',
	'dominant-baseline',
	'visibility',
	'display'
];

/** The chart's SVG as a document of its own, on a background of the page's surface colour. */
export function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((element, index) => {
		const copy = copies[index];
		if (!copy) return;
		const computed = getComputedStyle(element);
		copy.setAttribute(
			'style',
			STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';')
		);
		copy.removeAttribute('class');
		copy.removeAttribute('tabindex');
	});
	const [x, y, width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number);
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('x', String(x));
	background.setAttribute('y', String(y));
	background.setAttribute('width', String(width));
	background.setAttribute('height', String(height));
	background.setAttribute('fill', getComputedStyle(svg.parentElement ?? svg).backgroundColor);
	clone.insertBefore(background, clone.firstChild);
	return {
		text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`,
		width: width ?? 0,
		height: height ?? 0
	};
}

/** A PNG of an SVG document at `scale` times its size. */
export async function pngOf(
	svg: { text: string; width: number; height: number },
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(svg.width * scale);
		canvas.height = Math.round(svg.height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw images.');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise((done, fail) =>
			canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('No PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offers a blob as a download with the given file name. */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
