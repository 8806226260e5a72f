// Plain tsc cannot resolve .astro files (astro check can); this lets it type-check these tests.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
