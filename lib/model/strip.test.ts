import { describe, expect, it } from 'vitest';
import { SettingsSchema } from './settings';
import { STRIP_CORNERS, nextCorner, type StripCorner } from './strip';

describe('the strip’s place', () => {
  it('"Move" visits every corner, clockwise from the default, and comes back', () => {
    const visited: StripCorner[] = [STRIP_CORNERS[0]];
    for (let i = 0; i < 4; i++) visited.push(nextCorner(visited.at(-1)!));
    expect(visited).toEqual(['bottom-right', 'bottom-left', 'top-left', 'top-right', 'bottom-right']);
  });

  it('a damaged strip setting is dropped without losing the other settings', () => {
    const parsed = SettingsSchema.parse({ jiraHosts: ['jira.example.com'], replyTargetMinutes: 120, strip: { jira: { corner: 'middle', collapsed: 'yes' } } });
    expect(parsed).toEqual({ jiraHosts: ['jira.example.com'], replyTargetMinutes: 120 });
    expect(SettingsSchema.parse({ strip: { zendesk: { corner: 'top-right', collapsed: true } } }).strip).toEqual({ zendesk: { corner: 'top-right', collapsed: true } });
  });
});
