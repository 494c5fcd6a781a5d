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
  }, 60_000);

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

describe('npm run snapshot: bad input stays bounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keel-snap-bounds-'));
  const ticket = join(dir, 'ticket.json');
  writeFileSync(ticket, JSON.stringify({ ticket: { id: 7, url: 'https://acme.zendesk.com/api/v2/tickets/7.json', subject: 'Export', status: 'open', requester_id: 1, created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-02T00:00:00Z' } }));
  const comments = (body: Record<string, string>) => {
    const file = join(dir, `comments-${Object.keys(body)[0]}.json`);
    writeFileSync(file, JSON.stringify({ comments: [{ id: 1, author_id: 1, public: true, created_at: '2025-01-01T00:00:00Z', ...body }], users: [{ id: 1, name: 'Dana', role: 'end-user' }] }));
    return file;
  };
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'test/tools/snapshot.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });

  it('a 180 KB nested list and a 1 MB message print a bounded, shortened snapshot, with their temperature', () => {
    const list = comments({ html_body: '<ul><li>still broken'.repeat(9_000) });
    const huge = comments({ plain_body: 'thank you. '.repeat(100_000) });
    for (const file of [list, huge]) {
      const out = run(['zendesk', '--ticket', ticket, '--comments', file, '--temperature']);
      expect(out.status).toBe(0);
      expect(out.stdout.length).toBeLessThan(100_000);
      const printed = JSON.parse(out.stdout) as { snapshot: { shortened?: boolean; messages: { shortened?: boolean }[] }; temperature: { score: number } };
      expect(printed.snapshot.shortened).toBe(true);
      expect(printed.snapshot.messages[0]?.shortened).toBe(true);
      expect(typeof printed.temperature.score).toBe('number');
    }
  }, 240_000);

  it('a file saved with a byte-order mark reads, host and id included', () => {
    const bom = join(dir, 'ticket-bom.json');
    writeFileSync(bom, `\uFEFF${readFileSync(ticket, 'utf8')}`);
    const out = run(['zendesk', '--ticket', bom, '--comments', comments({ body: 'hello' })]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ ref: { host: 'acme.zendesk.com', ticketId: '7' } });
  }, 60_000);

  it("reads the official Jira 'Get issue' example, showing what it lacks as unknown", () => {
    const out = run(['jira', '--issue', FIX('jira', 'issue-docs-example.json')]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ ref: { host: 'your-domain.atlassian.net', ticketId: 'ED-1' }, unknown: ['subject', 'status', 'createdAt', 'updatedAt'] });
  }, 60_000);
});
