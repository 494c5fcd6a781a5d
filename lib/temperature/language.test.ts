import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { filterText } from './text-filter';
import { tokenize } from './tokenize';

const detect = (text: string) => detectLanguage(tokenize(text));

describe('detectLanguage', () => {
  it('reads English, including short messages and foreign names', () => {
    expect(detect('Any update?').status).toBe('covered');
    expect(detect('Our office in München still has no access to the portal.').status).toBe('covered');
    expect(detect('We use Die Hard as the test project name, and it is broken.').status).toBe('covered');
  });
  it.each([
    ['German', 'Ich habe seit Montag keinen Zugang und niemand antwortet mir, das ist nicht in Ordnung.'],
    ['Spanish', 'No puedo entrar a mi cuenta desde el lunes y nadie me responde por favor.'],
    ['French', "Je n'arrive pas à me connecter depuis lundi et personne ne me répond."],
    ['Dutch', 'Ik kan sinds maandag niet inloggen en niemand reageert, dat is niet oké.'],
  ])('names %s', (name, text) => {
    expect(detect(text)).toEqual({ status: 'not-covered', name });
  });
  it('notices scripts other than Latin', () => {
    expect(detect('ログインできません。至急対応してください。').status).toBe('not-covered');
  });
  it('a message with no words left is empty, not foreign', () => {
    expect(detect(filterText('FATAL: worker killed\n    at Job.run (job.js:1:1)')).status).toBe('empty');
  });
});
