import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { filterText } from './text-filter';
import { tokenize } from './tokenize';

const detect = (text: string) => detectLanguage(tokenize(text));

describe('detectLanguage', () => {
  it('reads English, including short messages and foreign names', () => {
    expect(detect('Any update?')).toMatchObject({ status: 'covered', code: 'en' });
    expect(detect('Our office in München still has no access to the portal.').code).toBe('en');
    expect(detect('We use Die Hard as the test project name, and it is broken.').code).toBe('en');
  });
  it.each([
    ['de', 'German', 'Ich habe seit Montag keinen Zugang und niemand antwortet mir, das ist nicht in Ordnung.'],
    ['es', 'Spanish', 'No puedo entrar a mi cuenta desde el lunes y nadie me responde por favor.'],
    ['fr', 'French', "Je n'arrive pas à me connecter depuis lundi et personne ne me répond."],
    ['pt', 'Portuguese', 'Não consigo entrar na minha conta desde segunda e ninguém me responde.'],
    ['it', 'Italian', 'Non riesco ad accedere al mio account da lunedì e nessuno mi risponde.'],
    ['nl', 'Dutch', 'Ik kan sinds maandag niet inloggen en niemand reageert, dat is niet oké.'],
  ])('reads %s (%s)', (code, name, text) => {
    expect(detect(text)).toEqual({ status: 'covered', code, name });
  });
  it.each([
    ['Polish', 'Nie mogę się zalogować od poniedziałku i nikt mi nie odpowiada, proszę o pomoc.'],
    ['Swedish', 'Jag kan inte logga in sedan måndag och ingen svarar, det är inte okej.'],
  ])('names %s, which it does not read', (name, text) => {
    expect(detect(text)).toEqual({ status: 'not-covered', code: null, name });
  });
  it('says so for a long message in a language it cannot even name', () => {
    expect(detect('Sizda buyurtma raqamim bor edi lekin hech kim javob bermadi hozirgacha kutyapman').status).toBe('not-covered');
  });
  it('notices scripts other than Latin', () => {
    expect(detect('ログインできません。至急対応してください。').status).toBe('not-covered');
  });
  it('a message with no words left is empty, not foreign', () => {
    expect(detect(filterText('FATAL: worker killed\n    at Job.run (job.js:1:1)')).status).toBe('empty');
  });
});
