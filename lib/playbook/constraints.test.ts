import { describe, expect, it } from 'vitest';
import type { SnapshotMessage } from '../model/snapshot';
import { angry } from '../../test/demo-desk/stories/angry';
import { snapshotOfStory } from '../../test/harness/story-snapshot';
import { findConstraints, legalInvolved } from './constraints';

const note = (id: string, text: string, isPublic = false): SnapshotMessage => ({ id, authorRole: 'agent', authorName: 'Aisha Karimi', at: '2026-03-10T10:00:00.000Z', public: isPublic, text });

describe('internal notes that constrain what may be said', () => {
  it('angry: "Please don\'t give Marcus an ETA until the incident commander does." is a no-ETA rule, quoted with its author', () => {
    expect(findConstraints(snapshotOfStory(angry, new Date('2026-03-10T12:00:00.000Z')).messages)).toEqual([
      { kind: 'no-eta', messageId: 'm5', at: expect.any(String), author: 'Aisha Karimi', quote: "Please don't give Marcus an ETA until the incident commander does." },
    ]);
  });

  it.each([
    ['Do not commit to a fix date yet.', 'no-eta'],
    ['No ETA to the customer please.', 'no-eta'],
    ['Bitte keine ETA nennen.', 'no-eta'],
    ['Legal is involved now.', 'legal'],
    ['Heads-up: legal team is reviewing their contract.', 'legal'],
    ['Their lawyer called the account owner.', 'legal'],
    ['Die Rechtsabteilung prüft den Fall.', 'legal'],
    ["Don't admit fault in writing.", 'no-admission'],
    ['Do not offer service credits.', 'no-commitment'],
    ['Please don’t mention the other customer affected.', 'confidential'],
    ['This is internal only.', 'confidential'],
  ])('%s → %s', (text, kind) => {
    expect(findConstraints([note('n', text)]).map((c) => c.kind)).toEqual([kind]);
  });

  it('ignores public replies and plain notes', () => {
    expect(findConstraints([note('p', "Don't give an ETA.", true), note('n', 'Customer called, restarted the job, all good.')])).toEqual([]);
  });

  it('newest note first; legal involvement is read from legal and no-admission notes', () => {
    const found = findConstraints([note('a', 'Legal is involved.'), note('b', 'No ETA please.')]);
    expect(found.map((c) => c.messageId)).toEqual(['b', 'a']);
    expect(legalInvolved(found)).toBe(true);
    expect(legalInvolved(findConstraints([note('b', 'No ETA please.')]))).toBe(false);
  });
});
