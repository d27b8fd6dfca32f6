// The JSON Schema that data files name in "$schema", so editors complete and check them.
import { z } from 'zod';
import { timelineSchema } from './timeline';

export function timelineJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(timelineSchema, { io: 'input', unrepresentable: 'any' });
}
