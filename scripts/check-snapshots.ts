// Fails when a published snapshot was edited or deleted, or a snapshot is missing from
// data/snapshots.lock.json. `--update` adds new files to the manifest; it never rewrites an entry.
import { parseArgs } from 'node:util';
import { addToManifest, checkManifest, MANIFEST_FILE } from '../src/lib/data/manifest.ts';
import { fingerprintSnapshots, readManifest, writeManifest } from '../src/lib/data/snapshot-files.ts';

const { values } = parseArgs({
  options: { update: { type: 'boolean', default: false }, 'data-dir': { type: 'string', default: 'data' } },
});
const dataDir = values['data-dir'];
const label = (path: string): string => `${dataDir}/${path}`;

const manifest = await readManifest(dataDir);
const files = await fingerprintSnapshots(dataDir);
let problems = checkManifest(manifest, files, label);

if (values.update) {
  const { manifest: updated, added } = addToManifest(manifest, files);
  if (added.length > 0) await writeManifest(dataDir, updated);
  for (const path of added) console.log(`added ${label(path)} to ${MANIFEST_FILE}`);
  problems = problems.filter((problem) => problem.kind !== 'unlisted');
}

for (const problem of problems) console.error(problem.message);
if (problems.length > 0) {
  process.exitCode = 1;
} else {
  console.log(`${files.length} snapshots match ${dataDir}/${MANIFEST_FILE}.`);
}
