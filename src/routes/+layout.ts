// Every page is prerendered to static HTML: deployable anywhere, readable without JavaScript.
export const prerender = true;
