// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { UpdateComposer, type UpdateComposerProps } from './UpdateComposer';

const ok = async () => ({ ok: true as const, message: 'done' });
const props: UpdateComposerProps = {
  panelId: 'p',
  tabId: 't',
  label: 'Update to Leadership',
  text: '**SEV1** · checkout',
  origin: 'Written from the template',
  problems: [],
  changesHeading: null,
  changes: [],
  contradictions: [],
  sent: [],
  notePreview: 'SEV1 · checkout',
  noteWhere: 'Will be posted on Zendesk #4821',
  canUseTemplate: false,
  canDiscard: false,
  onText: () => undefined,
  onCopy: ok,
  onPost: ok,
  onUseTemplate: () => undefined,
  onDiscard: () => undefined,
  onOpenOptions: () => undefined,
};
const render = (extra: Partial<UpdateComposerProps> = {}) => {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(<UpdateComposer {...props} {...extra} />);
  return host;
};

describe('UpdateComposer', () => {
  it('is the tab panel of its audience, with the draft labelled and described by where its words come from', () => {
    const host = render();
    expect(host.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe('t');
    const area = host.querySelector('textarea')!;
    expect(host.querySelector(`label[for="${area.id}"]`)?.textContent).toBe('Update to Leadership');
    expect(host.querySelector(`#${CSS.escape(area.getAttribute('aria-describedby')!)}`)?.textContent).toBe('Written from the template');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy', 'Copy as Markdown', 'Post as internal note…']);
  });

  it('offers nothing to send from an empty draft, without taking the buttons out of the tab order', () => {
    const host = render({ text: null, problems: ['Line 1, column 4: there is no placeholder “facts.etaa”.'] });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('there is no placeholder “facts.etaa”');
    const copy = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!;
    expect(copy.getAttribute('aria-disabled')).toBe('true');
    expect(copy.hasAttribute('disabled')).toBe(false);
  });

  it('lists what changed since the last update, the disagreements between audiences, and what was sent, newest first', () => {
    const host = render({
      changesHeading: 'Changed since the update sent Thu 10:00',
      changes: ['Workaround: Use the mobile app'],
      contradictions: ['Expected fix: Customer (technical) was told “Fri”; the draft to Leadership says “Mon”.'],
      sent: [
        { id: 'a', when: 'Thu 09:00', how: 'copied', text: 'first' },
        { id: 'b', when: 'Thu 10:00', how: 'posted as internal note', text: 'second' },
      ],
    });
    expect(host.querySelector('.up-changes')?.textContent).toBe('Changed since the update sent Thu 10:00Workaround: Use the mobile app');
    expect(host.querySelector('.up-warnings')?.textContent).toContain('was told “Fri”');
    expect([...host.querySelectorAll('.up-history summary')].map((s) => s.textContent)).toEqual(['Thu 10:00 · posted as internal note', 'Thu 09:00 · copied']);
  });
});
