// The JSON Schemas that data files name in "$schema", so editors complete and check them: one for
// timelines, one for their translations.
import { z } from 'zod';
import { timelineSchema } from './timeline';
import { translationSchema } from './translation';

export function timelineJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(timelineSchema, { io: 'input', unrepresentable: 'any' });
}

export function translationJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(translationSchema, { io: 'input', unrepresentable: 'any' });
}
