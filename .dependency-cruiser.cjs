/**
 * The layers of src/lib (STYLE.md rule 15): a module reads its own layer and those below it,
 * never one above, and no import runs in a loop. tests/unit/lib/layers.test.ts runs these rules;
 * `npx depcruise src/lib` shows the same report.
 */
const LAYERS = [
  { name: 'base', paths: ['^src/lib/(paths|slug|site|dates|contacts)\\.ts$', '^src/lib/paths/'] },
  {
    name: 'content and data',
    paths: ['^src/lib/(format|value-text|table-text)\\.ts$', '^src/lib/(content|data)/'],
  },
  { name: 'charts, search and versions', paths: ['^src/lib/(charts|search|versions)/'] },
  { name: 'indicators and years', paths: ['^src/lib/(indicators|years)/'] },
  { name: 'areas and about', paths: ['^src/lib/(areas|about)/'] },
  { name: 'og', paths: ['^src/lib/og/'] },
];

const upward = LAYERS.flatMap((layer, i) =>
  LAYERS.slice(i + 1).map((higher) => ({
    name: `no-upward-${layer.name.replace(/\W+/g, '-')}-to-${higher.name.replace(/\W+/g, '-')}`,
    comment: `${layer.name} must not import ${higher.name}: move what both need down a layer`,
    severity: 'error',
    from: { path: layer.paths },
    to: { path: higher.paths },
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'modules of src/lib import each other in a loop',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { circular: true },
    },
    {
      name: 'every-module-in-a-layer',
      comment: 'a module of src/lib that no layer names: add its folder to LAYERS',
      severity: 'error',
      from: {},
      to: { path: '^src/lib/', pathNot: LAYERS.flatMap((layer) => layer.paths) },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)' },
    includeOnly: '^src/lib/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
