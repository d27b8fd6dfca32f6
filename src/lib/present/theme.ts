// The high-contrast theme for projectors: a flag on the page's root, remembered by the browser.
const KEY = 'dyad-contrast';

export function storedContrast(): boolean {
	try {
		return localStorage.getItem(KEY) === 'on';
	} catch {
		return false;
	}
}

export function applyContrast(on: boolean): void {
	if (on) document.documentElement.dataset.theme = 'contrast';
	else delete document.documentElement.dataset.theme;
	try {
		localStorage.setItem(KEY, on ? 'on' : 'off');
	} catch {
		// Storage can be off (private windows); the theme then lasts for this page only.
	}
}
