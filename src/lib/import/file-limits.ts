// How large a file Dyad opens: past it, a reader is told to split the timeline. Apart from the
// importers, so the page that fetches a file knows it without loading them.
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
