import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, buildRead, parseArgs } from '../tools/snapshot-args';
import { zendeskParser } from '../../lib/hosts/zendesk/parser';

const ROOT = resolve(import.meta.dirname, '../..');
const FIX = (desk: string, file: string) => resolve(ROOT, 'test/fixtures', desk, file);
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'test/tools/snapshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run snapshot: arguments', () => {
  it('maps each desk flag to the response it stands for', () => {
    const args = parseArgs(['jira', '--issue', 'i.json', '--sla', 's.json', '--host', 'acme.atlassian.net']);
    expect(args).toMatchObject({ desk: 'jira', host: 'acme.atlassian.net', files: { issue: 'i.json', sla: 's.json' } });
  });

  it('rejects a flag of another desk, naming whose it is', () => {
    expect(() => parseArgs(['zendesk', '--ticket', 't.json', '--case', 'c.json'])).toThrow(/zendesk does not take --case \(that is a salesforce flag\)/);
  });

  it('rejects an unknown desk and a missing main file', () => {
    expect(() => parseArgs(['freshdesk'])).toThrow(UsageError);
    expect(() => parseArgs(['salesforce', '--sla', 'm.json'])).toThrow(/salesforce needs --case FILE/);
  });

  it('builds the same raw read the adapter gets live, with host and id from the payload', () => {
    const args = parseArgs(['zendesk', '--ticket', FIX('zendesk', 'ticket.json'), '--comments', FIX('zendesk', 'comments.json')]);
    const read = buildRead(args, { ticket: readFileSync(FIX('zendesk', 'ticket.json'), 'utf8'), comments: readFileSync(FIX('zendesk', 'comments.json'), 'utf8') });
    expect(read.ref).toEqual({ desk: 'zendesk', host: 'company.zendesk.com', ticketId: '35436' });
    const parsed = zendeskParser.parse(read, new Date());
    expect(parsed.ok).toBe(true);
  });
});

describe('npm run snapshot: the command', () => {
  it('prints the snapshot as JSON', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'test/tools/snapshot.ts'), 'salesforce', '--case', FIX('salesforce', 'case-query.json')], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ subject: 'Data export fails every night since the 2.14 upgrade', ref: { desk: 'salesforce' } });
  });

  it('exits 1 naming the failing field of a wrong shape, and 2 on bad usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keel-snap-'));
    const broken = JSON.parse(readFileSync(FIX('zendesk', 'comments.json'), 'utf8'));
    delete broken.comments[1].author_id;
    writeFileSync(join(dir, 'comments.json'), JSON.stringify(broken));
    const bad = cli(['zendesk', '--ticket', FIX('zendesk', 'ticket.json'), '--comments', join(dir, 'comments.json')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Failing field: comments\[1\]\.author_id/);
    const usage = cli(['jira', '--ticket', 'x.json']);
    expect(usage.status).toBe(2);
    const missing = cli(['jira', '--issue', join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.json/);
  }, 30_000);
});
