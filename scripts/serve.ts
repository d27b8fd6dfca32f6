// Serves a built site as a plain static host would: `tsx scripts/serve.ts <dir> <port> [prefix]`.
// With a prefix (e.g. /courses/ir-101/timeline) the site is served from that sub-folder only; with
// `--gzip` anywhere among the arguments, compressed, as most hosts do (for Lighthouse, say).
import { serveStatic } from './static-server';

const args = process.argv.slice(2);
const gzip = args.includes('--gzip');
const [dir = 'build', port = '4173', prefix = ''] = args.filter((arg) => arg !== '--gzip');
const server = await serveStatic(dir, Number(port), prefix.replace(/\/$/, ''), { gzip });
console.log(`serving ${dir} at ${server.origin}${prefix || '/'}${gzip ? ' (gzip)' : ''}`);
