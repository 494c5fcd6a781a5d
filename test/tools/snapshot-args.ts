/**
 * Argument handling of `npm run snapshot`, kept apart from the CLI so it can be tested: which
 * flags each desk takes, and how saved API responses become the raw read the adapter parses.
 */
import type { Desk } from '../../lib/model/case-ref';
import type { RawApiRead, RawResponse } from '../../lib/hosts/types';
import { zendeskRawKeys } from '../../lib/hosts/zendesk/client';
import { jiraRawKeys } from '../../lib/hosts/jira/client';
import { salesforceRawKeys } from '../../lib/hosts/salesforce/client';

/** Flag name (without --) → RawResponse key, per desk. */
export const DESK_FLAGS: Record<Desk, Record<string, string>> = {
  zendesk: { ...zendeskRawKeys },
  jira: { ...jiraRawKeys },
  salesforce: { ...salesforceRawKeys },
};

/** The response each desk cannot do without. */
const REQUIRED: Record<Desk, string> = { zendesk: 'ticket', jira: 'issue', salesforce: 'case' };

export class UsageError extends Error {}

export interface SnapshotArgs {
  desk: Desk;
  files: Record<string, string>;
  host: string | null;
  id: string | null;
  temperature: boolean;
}

export function usage(): string {
  const lines = Object.entries(DESK_FLAGS).map(([desk, flags]) => `  npm run snapshot -- ${desk} ${Object.keys(flags).map((f) => `[--${f} FILE]`).join(' ')}`);
  return [
    'Reads saved desk API responses and prints the CaseSnapshot Keel makes of them.',
    ...lines,
    'Options for every desk: --host HOST (the desk host, when the files do not say), --id TICKET, --temperature (also print the temperature).',
  ].join('\n');
}

export function parseArgs(argv: readonly string[]): SnapshotArgs {
  const [desk, ...rest] = argv;
  if (!desk || desk === '--help' || desk === '-h') throw new UsageError(usage());
  if (!(desk in DESK_FLAGS)) throw new UsageError(`Unknown desk "${desk}": use zendesk, jira or salesforce.\n\n${usage()}`);
  const d = desk as Desk;
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
      const owner = Object.entries(DESK_FLAGS).find(([, f]) => name in f)?.[0];
      throw new UsageError(
        `${d} does not take --${name}${owner ? ` (that is a ${owner} flag)` : ''}; ${d} takes ${Object.keys(flags).map((f) => `--${f}`).join(', ')}.`,
      );
    }
  }
  const required = REQUIRED[d];
  if (!files[required]) throw new UsageError(`${d} needs --${Object.entries(flags).find(([, key]) => key === required)![0]} FILE`);
  return { desk: d, files, host, id, temperature };
}

function field(json: unknown, ...path: string[]): unknown {
  let v: unknown = json;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

function hostOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Works out the ticket's host and id from the main payload when not given. */
export function identify(desk: Desk, mainBody: string, given: { host: string | null; id: string | null }): { host: string; ticketId: string } {
  let json: unknown = null;
  try {
    json = JSON.parse(mainBody);
  } catch {
    // Not JSON: the adapter will say so; fall back to placeholders.
  }
  if (desk === 'zendesk') {
    const t = field(json, 'ticket');
    return { host: given.host ?? hostOf(field(t, 'url')) ?? 'example.zendesk.com', ticketId: given.id ?? String(field(t, 'id') ?? '1') };
  }
  if (desk === 'jira') {
    return { host: given.host ?? hostOf(field(json, 'self')) ?? 'example.atlassian.net', ticketId: given.id ?? String(field(json, 'key') ?? 'KEY-1') };
  }
  const records = field(json, 'records');
  const first = Array.isArray(records) ? records[0] : undefined;
  return { host: given.host ?? 'example.my.salesforce.com', ticketId: given.id ?? String(field(first, 'Id') ?? '500000000000000AAA') };
}

export function buildRead(args: SnapshotArgs, bodies: Record<string, string>): RawApiRead {
  const main = bodies[REQUIRED[args.desk]] ?? '';
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
  const url =
    args.desk === 'zendesk' ? `https://${host}/agent/tickets/${ticketId}` : args.desk === 'jira' ? `https://${host}/browse/${ticketId}` : `https://${host.replace('.my.salesforce.com', '.lightning.force.com')}/lightning/r/Case/${ticketId}/view`;
  return { kind: 'api', ref, url, responses };
}
