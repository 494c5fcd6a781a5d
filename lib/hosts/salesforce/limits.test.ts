import { describe, expect, it } from 'vitest';
import type { RawApiRead, RawResponse } from '../types';
import { latestApiUsage, parseApiUsage, quotaGuardOn } from './limits';

describe('salesforce api usage', () => {
  it('reads the documented header forms', () => {
    expect(parseApiUsage({ 'sforce-limit-info': 'api-usage=18/5000' })).toEqual({ used: 18, limit: 5000 });
    expect(parseApiUsage({ 'sforce-limit-info': 'api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)' })).toEqual({
      used: 25,
      limit: 5000,
    });
    expect(parseApiUsage({ 'Sforce-Limit-Info': 'api-usage=110018/100000; api-bursts=1/750' })).toEqual({ used: 110018, limit: 100000 });
  });

  it('gives null for an absent or unreadable header', () => {
    expect(parseApiUsage({})).toBeNull();
    expect(parseApiUsage({ 'sforce-limit-info': 'per-app-api-usage=17/250' })).toBeNull();
    expect(parseApiUsage({ 'sforce-limit-info': 'api-usage=abc/5000' })).toBeNull();
    expect(parseApiUsage({ 'sforce-limit-info': 'api-usage=5/0' })).toBeNull();
    expect(parseApiUsage({ 'sforce-limit-info': 'api-usage=1/2/3' })).toBeNull();
  });

  it('turns the guard on only above 80% of the limit', () => {
    expect(quotaGuardOn({ used: 12_000, limit: 15_000 })).toBe(false);
    expect(quotaGuardOn({ used: 12_001, limit: 15_000 })).toBe(true);
    expect(quotaGuardOn(null)).toBe(false);
  });

  it('takes the usage of the last response that carried it', () => {
    const res = (headers: Record<string, string>): RawResponse => ({ key: 'case', url: 'u', status: 200, contentType: null, headers, body: '' });
    const read: RawApiRead = {
      kind: 'api',
      ref: { desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: '5003000000D8cuIAAR' },
      url: 'u',
      responses: [res({ 'sforce-limit-info': 'api-usage=10/100' }), res({ 'sforce-limit-info': 'api-usage=11/100' }), res({})],
    };
    expect(latestApiUsage(read)).toEqual({ used: 11, limit: 100 });
  });
});
