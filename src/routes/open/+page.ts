// Drawn in the browser only: what it shows is the reader's own file, which the server never sees.
export const prerender = true;
export const ssr = false;
