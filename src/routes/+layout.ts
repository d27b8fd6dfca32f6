// Every page is prerendered to static HTML: deployable anywhere, readable without JavaScript.
export const prerender = true;
// Each page is written as <path>/index.html, so /t/<slug>/ works on any static host.
export const trailingSlash = 'always';
