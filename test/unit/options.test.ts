import { describe, expect, it } from 'vitest';
import { hostFromInput } from '../../components/options/jira-hosts/JiraHosts';
import { checkTemperatureSettings } from '../../components/options/temperature/TemperatureSettings';

describe('adding a self-hosted Jira', () => {
  it.each([
    ['jira.example.com', 'jira.example.com'],
    ['https://Jira.Example.com/secure/Dashboard.jspa', 'jira.example.com'],
    ['http://jira.internal.example:8080/jira/browse/OPS-1', 'jira.internal.example:8080'],
    ['  jira.example.com  ', 'jira.example.com'],
  ])('%s → %s', (input, host) => expect(hostFromInput(input)).toBe(host));

  it.each(['', 'jira', 'not a url at all', 'https://', 'javascript:alert(1)'])('rejects %j', (input) => expect(hostFromInput(input)).toBeNull());
});

describe('temperature settings', () => {
  const ok = { thresholds: { warm: 25, hot: 50, critical: 75 }, replyTargetMinutes: 480 };
  it('accepts rising bands and a sane reply target', () => expect(checkTemperatureSettings(ok)).toBeNull());
  it('says what is wrong', () => {
    expect(checkTemperatureSettings({ ...ok, thresholds: { warm: 60, hot: 50, critical: 75 } })).toMatch(/must rise/);
    expect(checkTemperatureSettings({ ...ok, thresholds: { warm: Number.NaN, hot: 50, critical: 75 } })).toMatch(/between 1 and 99/);
    expect(checkTemperatureSettings({ ...ok, replyTargetMinutes: 5 })).toMatch(/15 minutes and 7 days/);
  });
});
