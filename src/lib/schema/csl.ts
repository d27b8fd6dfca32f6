// CSL-JSON items (citeproc's bibliographic format), checked for the fields Dyad reads and open to the rest.
import { z } from 'zod';
import { LIMITS } from './limits';
import { doi, httpUrl, id } from './primitives';

const bibliographic = z.string().min(1).max(LIMITS.bibliographic, 'shorten it');

export const CSL_TYPES = [
	'article',
	'article-journal',
	'article-magazine',
	'article-newspaper',
	'bill',
	'book',
	'broadcast',
	'chapter',
	'collection',
	'dataset',
	'document',
	'entry',
	'entry-dictionary',
	'entry-encyclopedia',
	'event',
	'hearing',
	'interview',
	'legal_case',
	'legislation',
	'manuscript',
	'pamphlet',
	'paper-conference',
	'periodical',
	'personal_communication',
	'post',
	'post-weblog',
	'regulation',
	'report',
	'review',
	'speech',
	'standard',
	'thesis',
	'treaty',
	'webpage'
] as const;

const cslName = z.union([
	z.looseObject({
		family: z.string().min(1),
		given: z.string().min(1).optional()
	}),
	z.looseObject({ literal: z.string().min(1) })
]);

const datePart = z
	.tuple([z.number().int()], z.number().int())
	.check(z.refine((parts) => parts.length <= 3, 'date-parts hold at most [year, month, day]'));

export const cslDate = z
	.looseObject({
		'date-parts': z.array(datePart).min(1).max(2)
	})
	.meta({ description: 'A CSL date: { "date-parts": [[year, month?, day?]] }' });

export const cslItem = z
	.looseObject({
		id: id.meta({ description: 'Stable id that events cite' }),
		type: z.enum(CSL_TYPES),
		title: bibliographic,
		author: z.array(cslName).optional(),
		editor: z.array(cslName).optional(),
		'container-title': bibliographic.optional(),
		publisher: bibliographic.optional(),
		'publisher-place': bibliographic.optional(),
		issued: cslDate.optional(),
		accessed: cslDate.optional(),
		URL: httpUrl.optional(),
		DOI: doi.optional(),
		license: bibliographic
			.optional()
			.meta({ description: 'Its licence and copyright, as published' }),
		language: z.string().min(2).optional()
	})
	.meta({ description: 'A bibliographic item in CSL-JSON' });

export type CslItem = z.infer<typeof cslItem>;
export type CslDate = z.infer<typeof cslDate>;
