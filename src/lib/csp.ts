// The Content-Security-Policy of the built app. One module, so that `vite preview` (vite.config.ts) and the browser
// tests' own preview server (tests/browser/global-setup.ts) send the same header.

/**
 * Each directive and its sources. No 'unsafe-inline' and no 'unsafe-eval' anywhere: the build emits only module
 * scripts and stylesheets from its own origin, and React sets inline styles through the CSSOM, which CSP allows.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: and blob: let a chart be drawn into a canvas through an <img> and saved as a picture.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // Only the app's own data files; nothing is fetched from elsewhere.
  'connect-src': ["'self'"],
  // The offline service worker is served from the app's own origin.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Not honoured in a <meta> policy (the single-file build); served as a header it stops framing.
  'frame-ancestors': ["'none'"],
};

/** The policy as one header value. */
export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The headers every server of the built app sends with it. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
