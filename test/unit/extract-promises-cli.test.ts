import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLines } from '../tools/extract-promises';

const ROOT = resolve(import.meta.dirname, '../..');
const line = (o: object) => JSON.stringify(o);

describe('npm run extract:promises: lines in, lines out', () => {
  it('one output line per input line, in order, with due times read in the line’s zone', () => {
    const input = [
      line({ id: 'r1', at: '2026-03-04T10:00:00Z', timeZone: 'Europe/Berlin', text: "Sorry for the wait. I'll update you by 3pm. Let me know by Friday if the workaround helps." }),
      line({ id: 'r2', at: '2026-03-04T10:00:00Z', timeZone: 'America/New_York', text: "I'll update you by 3pm." }),
      line({ id: 7, at: '2026-03-04T10:00:00Z', text: 'We will keep you posted.' }),
      line({ id: 'r4', at: '2026-03-04T10:00:00Z', text: 'We promise to do our best.' }),
    ].join('\n');
    const { lines, errors } = extractLines(input);
    expect(errors).toEqual([]);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 'r1', promises: [{ quote: "I'll update you by 3pm.", dueAt: '2026-03-04T14:00:00.000Z' }] },
      { id: 'r2', promises: [{ quote: "I'll update you by 3pm.", dueAt: '2026-03-04T20:00:00.000Z' }] },
      { id: 7, promises: [{ quote: 'We will keep you posted.', dueAt: null }] },
      { id: 'r4', promises: [] },
    ]);
  });

  it('without a zone, times are UTC', () => {
    const { lines } = extractLines(line({ id: 'u', at: '2026-03-04T10:00:00Z', text: "I'll call you at 3pm." }));
    expect(JSON.parse(lines[0]!)).toEqual({ id: 'u', promises: [{ quote: "I'll call you at 3pm.", dueAt: '2026-03-04T15:00:00.000Z' }] });
  });

  it('names each unreadable line and why, and still extracts the others', () => {
    const input = ['not json', line({ id: 'x', at: 'yesterday', text: 'hi' }), line({ id: 'z', at: '2026-03-04T10:00:00Z', timeZone: 'Mars/Olympus', text: 'hi' }), line({ at: '2026-03-04T10:00:00Z', text: 'hi' }), line({ id: 'ok', at: '2026-03-04T10:00:00Z', text: "I'll update you within 2 hours." })].join('\n');
    const { lines, errors } = extractLines(input);
    expect(errors).toEqual([expect.stringMatching(/^line 1: not JSON/), 'line 2: at: not an ISO time', expect.stringMatching(/^line 3: timeZone: not an IANA time zone/), expect.stringMatching(/^line 4: id: /)]);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([{ id: 'ok', promises: [{ quote: "I'll update you within 2 hours.", dueAt: '2026-03-04T12:00:00.000Z' }] }]);
  });

  it('the command writes the lines to a file and exits 1 when a line was bad, 2 on bad usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keel-extract-'));
    writeFileSync(join(dir, 'in.jsonl'), `${line({ id: 'a', at: '2026-03-04T10:00:00Z', text: 'Fix expected Friday.' })}\n{oops\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'test/tools/extract-promises.ts'), join(dir, 'in.jsonl'), join(dir, 'out.jsonl')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/line 2: not JSON/);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(`${line({ id: 'a', promises: [{ quote: 'Fix expected Friday.', dueAt: '2026-03-06T17:00:00.000Z' }] })}\n`);
    const usage = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'test/tools/extract-promises.ts')], { cwd: ROOT, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run extract:promises/);
  }, 60_000);
});
