import { describe, expect, it } from 'vitest';
import { AUDIENCES, AudienceSchema } from './audience';

describe('audiences', () => {
  it('are the five agreed ones, in the order the workspace lists them', () => {
    expect(AUDIENCES).toEqual(['customer-technical', 'customer-executive', 'leadership', 'engineering', 'internal-note']);
  });

  it('accept each audience and refuse anything else, naming what is allowed', () => {
    for (const audience of AUDIENCES) expect(AudienceSchema.parse(audience)).toBe(audience);
    const refused = AudienceSchema.safeParse('customer');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/customer-technical/);
  });
});
