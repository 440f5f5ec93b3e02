// The benchmark drives the same Chromium, with the same flags, as the end-to-end tests.
export { chromiumPath, CHROMIUM_ARGS, chromiumLaunchOptions } from '../../tests/chromium.js';
