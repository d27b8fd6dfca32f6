// The shipped timeline as the tests see it: loaded through the same validator the app uses.
import { readFileSync } from 'node:fs';
import { loadTimeline } from '../src/lib/model/load';

export const FILE = 'data/iran-russia.json';
export const timeline = loadTimeline(FILE, readFileSync(FILE, 'utf8'));
