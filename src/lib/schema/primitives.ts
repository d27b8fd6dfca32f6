// The small value types every part of the timeline format shares.
import { z } from 'zod';
import { isPartialDate, PARTIAL_DATE_PATTERN } from '../dates/partial-date';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z
	.string()
	.regex(ID_PATTERN, 'ids are lower-case words joined by hyphens, e.g. "s300-contract-2007"');

export const partialDate = z
	.string()
	.regex(new RegExp(PARTIAL_DATE_PATTERN), 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
	.check(z.refine(isPartialDate, 'not a real calendar date'))
	.meta({ description: 'ISO 8601 date at its true precision: "2015", "2015-09" or "2015-09-30"' });

function isHttpUrl(text: string): boolean {
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

export const httpUrl = z
	.string()
	.regex(/^https?:\/\/\S+$/, 'URLs start with http:// or https://')
	.check(z.refine(isHttpUrl, 'not a well-formed URL'));

export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

export const doi = z
	.string()
	.regex(
		DOI_PATTERN,
		'a DOI looks like 10.22363/2313-1438-2020-22-2-276-289 (no https://doi.org/)'
	);

export const hexColor = z
	.string()
	.regex(/^#[0-9a-fA-F]{6}$/, 'colours are six-digit hex, e.g. "#0f6e5c"');
