// Citations formatted from CSL-JSON by citeproc (citation-js), at build time, so no citation engine
// ships with the site's pages (a timeline opened in /open/ formats its own, in a worker).
export { formatCitation, type Citation } from '$lib/citations';
