import { EMBEDDED_DATA_ID } from './embedded-data';

/**
 * Whether to register the service worker: only in a production build, over http(s) (a file:// page cannot have
 * one), where the browser supports it, and not in the single-file build (its data is embedded).
 */
export function shouldRegisterServiceWorker(env: {
  production: boolean;
  protocol: string;
  supported: boolean;
  embeddedData: boolean;
}): boolean {
  return (
    env.production &&
    env.supported &&
    (env.protocol === 'https:' || env.protocol === 'http:') &&
    !env.embeddedData
  );
}

/** Registers `sw.js` beside the page once it has loaded, so that precaching never competes with first paint. */
export function registerServiceWorker(): void {
  const register = shouldRegisterServiceWorker({
    production: import.meta.env.PROD,
    protocol: location.protocol,
    supported: 'serviceWorker' in navigator,
    embeddedData: document.getElementById(EMBEDDED_DATA_ID) !== null,
  });
  if (!register) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // Without a worker the dashboard still works online; offline use is what is lost.
    });
  });
}
