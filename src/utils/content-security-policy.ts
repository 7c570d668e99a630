/**
 * The Content Security Policy every page carries in a `<meta http-equiv>` (BaseLayout), the
 * same policy as `public/_headers` sends (less `frame-ancestors`, which only a header can say;
 * tests/build/security-headers.test.ts keeps the two in step).
 *
 * Only our own files may run or load: scripts, styles, the favicon, Pagefind's index fetches
 * and its web worker. Pagefind compiles WebAssembly, which needs `'wasm-unsafe-eval'` (not
 * `'unsafe-eval'`). No `'unsafe-inline'` anywhere: the site has no inline script or style
 * (Astro's own CSP option would add a hash per script file, 0.4 KB of every page, which a
 * policy of `'self'` does not need).
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
