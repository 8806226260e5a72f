// Writes the sample indicators (mm17, mm13, kvalificeret-arbejdskraft) into data/. Deterministic:
// running it again changes nothing. See data/README.md.
import { parseArgs } from 'node:util';
import { writeSampleData } from './lib/sample-data/write.ts';

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string', default: 'data' }, force: { type: 'boolean', default: false } },
});
try {
  const written = await writeSampleData(values['data-dir'], { force: values.force });
  console.log(
    written.length === 0
      ? 'Sample data is up to date.'
      : `Wrote ${written.length} files:\n  ${written.join('\n  ')}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
