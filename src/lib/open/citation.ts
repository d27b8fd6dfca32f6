// A reference of an opened timeline, formatted as the site's are.
export { formatCitation as citationOf } from '../citations';
