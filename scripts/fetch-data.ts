// Downloads an indicator from Jobindsats API v3 (needs JOBINDSATS_API_KEY) and imports it as a new snapshot.
import { runFetch } from '../src/lib/data/import/fetch-cli.ts';

process.exitCode = await runFetch(process.argv.slice(2));
