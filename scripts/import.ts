// Imports a Jobindsats download or spreadsheet export as a new snapshot: see data/README.md.
import { runImport } from '../src/lib/data/import/cli.ts';

process.exitCode = await runImport(process.argv.slice(2));
