// What the bench's page scripts put on `window` (bench/lib/browser.js).
interface Window {
	/** performance.now() when the watched selector first matched. */
	__benchIdleAt?: number;
	__benchPaintSeen?: number;
	__benchPaintAt?: number;
	__benchPaintInFirstFrame?: boolean;
}
