// Serves a built site as a plain static host would: `tsx scripts/serve.ts <dir> <port> [prefix]`.
// With a prefix (e.g. /courses/ir-101/timeline) the site is served from that sub-folder only.
import { serveStatic } from './static-server';

const [dir = 'build', port = '4173', prefix = ''] = process.argv.slice(2);
const server = await serveStatic(dir, Number(port), prefix.replace(/\/$/, ''));
console.log(`serving ${dir} at ${server.origin}${prefix || '/'}`);
