// Drawn in the browser only: the timeline is the reader's own, which the server never sees.
export const prerender = true;
export const ssr = false;
