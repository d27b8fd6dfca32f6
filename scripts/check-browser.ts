// Stops the browser tests early, with one line saying how to get Chromium, when there is none.
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium';

if (!findChromium()) {
	console.error(HOW_TO_GET_CHROMIUM);
	process.exit(1);
}
