// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { closeDetailsOnEscape } from './escape-details';

const press = (el: Element, key: string, prevent = false) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  if (prevent) el.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
  el.dispatchEvent(event);
};

describe('Escape in a disclosure', () => {
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('closes the one the focus is in and puts the focus on its summary', () => {
    document.body.innerHTML = '<details open><summary>Business impact</summary><input id="users"></details><details open><summary>Other</summary></details>';
    stop = closeDetailsOnEscape();
    const input = document.getElementById('users')!;
    input.focus();
    press(input, 'Escape');
    const [impact, other] = document.querySelectorAll('details');
    expect(impact!.hasAttribute('open')).toBe(false);
    expect(document.activeElement?.textContent).toBe('Business impact');
    expect(other!.hasAttribute('open')).toBe(true);
  });

  it('leaves it open when a control inside used the Escape itself, or for another key', () => {
    document.body.innerHTML = '<details open><summary>Placeholders</summary><select id="s"></select></details>';
    stop = closeDetailsOnEscape();
    const select = document.getElementById('s')!;
    press(select, 'Escape', true);
    press(select, 'Enter');
    expect(document.querySelector('details')!.hasAttribute('open')).toBe(true);
  });
});
