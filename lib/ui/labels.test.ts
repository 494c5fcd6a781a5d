import { describe, expect, it } from 'vitest';
import { DESK_IDS } from '../hosts/registry';
import { AUDIENCES } from '../model/audience';
import { audienceLabel, deskLabel, deskListLabel, deskNoteLabel } from './labels';

describe('desk words, from the messages each registry entry names', () => {
  it('names each desk and what an internal note becomes there', () => {
    expect(DESK_IDS.map(deskLabel)).toEqual(['Zendesk', 'Jira', 'Salesforce']);
    expect(deskNoteLabel('zendesk')).toBe('a private comment (internal note)');
    expect(deskNoteLabel('salesforce')).toBe('an unpublished case comment');
    for (const desk of DESK_IDS) expect(deskNoteLabel(desk)).not.toBe('');
  });

  it('lists every desk, in registry order, as one "or" phrase', () => {
    expect(deskListLabel()).toBe('Zendesk, Jira, or Salesforce');
  });

  it('shows an unknown stored desk code as it is', () => {
    expect(deskLabel('freshdesk')).toBe('freshdesk');
  });
});

describe('audience words', () => {
  it('give every audience its own name', () => {
    expect(AUDIENCES.map(audienceLabel)).toEqual(['Customer (technical)', 'Customer (executive)', 'Leadership', 'Engineering', 'Internal note']);
  });

  it('show an unknown stored audience as it is (also names that objects inherit)', () => {
    expect(audienceLabel('board')).toBe('board');
    expect(audienceLabel('constructor')).toBe('constructor');
  });
});
