import { describe, expect, it } from 'vitest';
import { describeZodError } from '../messaging/format';
import { parsePlaybookFile } from './playbook';
import { PLAN_TITLE_MAX, PlanFieldsSchema } from './plan';
import './zod-setup';

// zod/mini loads no locale: without the setup every problem reads "Invalid input", and a user
// importing a broken file or a stored record of the wrong shape learns nothing from it.
describe('zod setup', () => {
  it('describes a field that is too long in words, with its limit', () => {
    const parsed = PlanFieldsSchema.safeParse({ title: 'x'.repeat(PLAN_TITLE_MAX + 1), ownerPerson: '', ownerTeam: '', dueAt: null, status: 'open', deliverable: '' });
    expect(parsed.success).toBe(false);
    expect(describeZodError(parsed.error!)).toBe(`title: Too big: expected string to have <=${PLAN_TITLE_MAX} characters`);
  });

  it('names what a broken import file has instead of what it needs', () => {
    const read = parsePlaybookFile(JSON.stringify({ format: 'keel-playbook', version: 1, rules: 'none', jargon: [] }));
    expect(read).toEqual({ ok: false, problems: ['rules: Invalid input: expected array, received string'] });
  });
});
