/**
 * `npm run snapshot -- <desk> --flag FILE …`: the adapter on saved API responses. Prints the
 * CaseSnapshot as JSON; on a wrong shape prints the failing field path and exits 1; bad usage
 * exits 2. How contributors add a desk or debug a customer's payload.
 */
import { readFileSync } from 'node:fs';
import { DESK_PARSERS } from '../../lib/hosts/parsers';
import { scoreThread, threadFromSnapshot } from '../../lib/temperature';
import { UsageError, buildRead, parseArgs } from './snapshot-args';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const bodies: Record<string, string> = {};
  for (const [key, file] of Object.entries(args.files)) {
    try {
      // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
      bodies[key] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      console.error(`Cannot read ${file} (for ${key}): ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  const read = buildRead(args, bodies);
  const now = new Date();
  const result = DESK_PARSERS[args.desk].parse(read, now);
  if (!result.ok) {
    console.error(`Could not read this ticket: ${result.failure.message}`);
    if (result.failure.path) console.error(`Failing field: ${result.failure.path}`);
    return 1;
  }
  const out: Record<string, unknown> = { snapshot: result.snapshot };
  if (args.temperature) out.temperature = scoreThread(threadFromSnapshot(result.snapshot), { now });
  console.log(JSON.stringify(args.temperature ? out : result.snapshot, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
