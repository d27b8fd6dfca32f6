// A timeline file fetched from the address a reader (or a course page's `?src=`) gives: https only
// (and http on this machine, for authors), no credentials, at most 10 MB, given up after 15 s; each
// refusal says why and what the file's owner can do.
import { MAX_FILE_BYTES } from '../import/file-limits';

export const FETCH_TIMEOUT_MS = 15_000;

export type Fetched = { ok: true; text: string; name: string } | { ok: false; message: string };

/** Whether an address may be fetched: https, or http on localhost. */
export function fetchable(address: string): URL | undefined {
	if (!URL.canParse(address)) return undefined;
	const url = new URL(address);
	if (url.protocol === 'https:') return url;
	if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
		return url;
	return undefined;
}

export async function fetchSource(address: string): Promise<Fetched> {
	const url = fetchable(address);
	if (!url)
		return {
			ok: false,
			message: `"${address}" is not an https:// address; Dyad fetches timelines over https only (http only from this machine).`
		};
	let response: Response;
	try {
		response = await fetch(url, {
			credentials: 'omit',
			redirect: 'follow',
			referrerPolicy: 'no-referrer',
			signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
		});
	} catch (error) {
		if (error instanceof DOMException && error.name === 'TimeoutError')
			return {
				ok: false,
				message: `${url.host} did not answer within 15 seconds. Try again later, or download the file and open it from your computer.`
			};
		return {
			ok: false,
			message: `${url.host} did not let this page read the file. Either it cannot be reached, or it does not allow other sites to read it (CORS). Its owner can serve it with the header "Access-Control-Allow-Origin: *" (GitHub Pages and raw.githubusercontent.com do), or you can download the file and open it from your computer.`
		};
	}
	if (!response.ok)
		return {
			ok: false,
			message: `${url.host} answered ${response.status} for ${url.pathname}: check the address.`
		};
	const length = Number(response.headers.get('content-length') ?? 0);
	if (length > MAX_FILE_BYTES)
		return {
			ok: false,
			message: `the file is ${(length / 1024 / 1024).toFixed(1)} MB; Dyad opens files up to 10 MB.`
		};
	const text = await response.text();
	if (text.length > MAX_FILE_BYTES)
		return { ok: false, message: 'the file is larger than 10 MB; Dyad opens files up to 10 MB.' };
	return { ok: true, text, name: url.href };
}
