/**
 * Argument handling of `npm run snapshot`, kept apart from the CLI so it can be tested: which
 * flags each desk takes, and how saved API responses become the raw read the adapter parses.
 * Both come from the desk registry: flags and ids from each desk's parser (`lib/hosts/parsers.ts`),
 * desk names and ticket URLs from `lib/hosts/registry.ts`.
 */
import { DESK_PARSERS } from '../../lib/hosts/parsers';
import { DESK_IDS, DESK_REGISTRY, isDesk, type Desk } from '../../lib/hosts/registry';
import type { RawApiRead, RawResponse } from '../../lib/hosts/types';

/** Flag name (without --) → RawResponse key, per desk. */
export const DESK_FLAGS: Record<Desk, Readonly<Record<string, string>>> = Object.fromEntries(DESK_IDS.map((desk) => [desk, DESK_PARSERS[desk].saved.flags])) as Record<
  Desk,
  Readonly<Record<string, string>>
>;

export class UsageError extends Error {}

export interface SnapshotArgs {
  desk: Desk;
  files: Record<string, string>;
  host: string | null;
  id: string | null;
  temperature: boolean;
}

export function usage(): string {
  const lines = DESK_IDS.map((desk) => `  npm run snapshot -- ${desk} ${Object.keys(DESK_FLAGS[desk]).map((f) => `[--${f} FILE]`).join(' ')}`);
  return [
    'Reads saved desk API responses and prints the CaseSnapshot Keel makes of them.',
    ...lines,
    'Options for every desk: --host HOST (the desk host, when the files do not say), --id TICKET, --temperature (also print the temperature).',
  ].join('\n');
}

export function parseArgs(argv: readonly string[]): SnapshotArgs {
  const [desk, ...rest] = argv;
  if (!desk || desk === '--help' || desk === '-h') throw new UsageError(usage());
  if (!isDesk(desk)) throw new UsageError(`Unknown desk "${desk}": use ${DESK_IDS.join(', ')}.\n\n${usage()}`);
  const d = desk;
  const flags = DESK_FLAGS[d];
  const files: Record<string, string> = {};
  let host: string | null = null;
  let id: string | null = null;
  let temperature = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--temperature') {
      temperature = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}": files are given after a flag, e.g. --${Object.keys(flags)[0]} FILE`);
    const name = arg.slice(2);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    i++;
    if (name === 'host') host = value;
    else if (name === 'id') id = value;
    else if (name in flags) files[flags[name]!] = value;
    else {
      const owner = DESK_IDS.find((other) => name in DESK_FLAGS[other]);
      throw new UsageError(
        `${d} does not take --${name}${owner ? ` (that is a ${owner} flag)` : ''}; ${d} takes ${Object.keys(flags).map((f) => `--${f}`).join(', ')}.`,
      );
    }
  }
  const main = DESK_PARSERS[d].saved.main;
  if (!files[flags[main]!]) throw new UsageError(`${d} needs --${main} FILE`);
  return { desk: d, files, host, id, temperature };
}

/** Works out the ticket's host and id from the main payload when not given. */
export function identify(desk: Desk, mainBody: string, given: { host: string | null; id: string | null }): { host: string; ticketId: string } {
  let json: unknown = null;
  try {
    json = JSON.parse(mainBody);
  } catch {
    // Not JSON: the adapter will say so; fall back to placeholders.
  }
  const { saved } = DESK_PARSERS[desk];
  const found = saved.identify(json);
  return { host: given.host ?? found.host ?? saved.placeholder.host, ticketId: given.id ?? found.ticketId ?? saved.placeholder.ticketId };
}

export function buildRead(args: SnapshotArgs, bodies: Record<string, string>): RawApiRead {
  const { saved } = DESK_PARSERS[args.desk];
  const main = bodies[saved.flags[saved.main]!] ?? '';
  const { host, ticketId } = identify(args.desk, main, args);
  const ref = { desk: args.desk, host, ticketId };
  const responses: RawResponse[] = Object.entries(bodies).map(([key, body]) => ({
    key,
    url: `file:${args.files[key]}`,
    status: 200,
    contentType: /^\s*</.test(body) ? 'text/html' : 'application/json',
    headers: {},
    body,
  }));
  return { kind: 'api', ref, url: DESK_REGISTRY[args.desk].ticketUrl(ref), responses };
}
