/** Values the site project's global setup hands to its tests (see tests/setup/site.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server over dist/, e.g. http://127.0.0.1:40123 (no trailing slash). */
    baseUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
    /** Playwright endpoint of the shared Chromium; empty when Chromium is missing. */
    browserWsEndpoint: string;
    /** Why Chromium could not start, when browserWsEndpoint is empty. */
    browserError: string;
  }
}

export {};
