import { describe, expect, it } from 'vitest';
import { filterText } from './text-filter';

/** The words that survive the filter. */
const kept = (text: string) => filterText(text).split(/\s+/).filter(Boolean).join(' ');

describe('filterText', () => {
  it('returns the very same string when nothing is hidden', () => {
    const text = 'Plain words, nothing to hide.\nSecond line.';
    expect(filterText(text)).toBe(text);
  });
  it('hides fenced code blocks and inline code', () => {
    expect(kept('See below:\n```\nthrow new Error("this is ridiculous")\n```\nThanks')).toBe('See below: Thanks');
    expect(kept('Running `kill -9 ridiculous` did nothing')).toBe('Running did nothing');
  });
  it('hides stack traces and log lines', () => {
    const text = [
      'It crashed again:',
      'java.lang.IllegalStateException: pool exhausted',
      '    at com.acme.Pool.take(Pool.java:88)',
      'Caused by: java.io.IOException: broken pipe',
      '2024-05-01 10:22:01,330 ERROR [main] job killed',
      '[FATAL] process killed',
      'FATAL: process killed',
      'Traceback (most recent call last):',
      '  File "app.py", line 3, in <module>',
      'May  1 10:22:01 host kernel: oom-killer invoked',
      '$ kubectl delete pod worker-1',
      'Please advise.',
    ].join('\n');
    expect(kept(text)).toBe('It crashed again: Please advise.');
  });
  it('keeps prose that merely mentions errors', () => {
    expect(kept('The job was killed with a fatal error.')).toBe('The job was killed with a fatal error.');
    expect(kept('WARNING this is the third time')).toBe('WARNING this is the third time');
  });
  it('cuts quoted earlier emails and signatures', () => {
    expect(kept('Fine by me.\n\nOn Tue, 7 May 2024 at 10:00, Sam <sam@example.com> wrote:\n> ridiculous')).toBe('Fine by me.');
    expect(kept('Fine by me.\nOn Tue, 7 May 2024 at 10:00, Sam Lee\n<sam@example.com> wrote:\n> ridiculous')).toBe('Fine by me.');
    expect(kept('Ok.\n-----Original Message-----\nFrom: Sam\nThis is unacceptable')).toBe('Ok.');
    expect(kept('Ok.\n> unacceptable\n> furious\nThanks')).toBe('Ok. Thanks');
    expect(kept('Ok.\n--\nJo | Angry Birds Ltd')).toBe('Ok.');
    expect(kept('Ok.\nSent from my iPhone')).toBe('Ok.');
  });
  it('keeps offsets: every kept character is where it was', () => {
    const text = 'Start\n    indented code\nmiddle `x` end\nOn Mon, Sam wrote:\n> old';
    const out = filterText(text);
    for (let i = 0; i < out.length; i++) if (out[i] !== ' ' && out[i] !== '\n') expect(out[i]).toBe(text[i]);
  });
});

describe('filterText: earlier e-mails and phone footers in the languages Keel reads', () => {
  it.each([
    ['de', 'Die Rechnung ist immer noch falsch.\nAm 12.03.2026 um 10:14 schrieb Kundenservice <service@acme.de>:\nVielen Dank, das ist eine Frechheit, wir prüfen das.'],
    ['it', 'La fattura è ancora sbagliata.\nIl giorno 12 mar 2026, alle ore 10:14, Assistenza ha scritto:\nGrazie, è uno schifo, verifichiamo.'],
    ['pt', 'A fatura continua errada.\nEm 12 de mar. de 2026, Suporte escreveu:\nObrigado, que vergonha, vamos verificar.'],
    ['nl', 'De factuur klopt nog steeds niet.\nOp 12 mrt. 2026 om 10:14 schreef Klantenservice <service@acme.nl>:\nBedankt, wat een schande, we kijken ernaar.'],
    ['es', 'La factura sigue mal.\n-----Mensaje original-----\nGracias, qué vergüenza, lo revisamos.'],
    ['de', 'Die Rechnung ist immer noch falsch.\nVon: Kundenservice <service@acme.de>\nGesendet: Montag\nDas ist eine Frechheit.'],
  ])('%s: the quoted earlier e-mail is cut', (_code, text) => {
    const firstLine = text.split('\n')[0]!;
    expect(kept(text)).toBe(firstLine);
  });

  it('hides a phone footer in German, Spanish, French, Italian, Portuguese and Dutch, but not a sentence that starts the same way', () => {
    expect(kept('Immer noch kein Zugang.\nGesendet von meinem iPhone')).toBe('Immer noch kein Zugang.');
    expect(kept('Sigo sin acceso.\nEnviado desde mi móvil Samsung')).toBe('Sigo sin acceso.');
    expect(kept('Toujours pas d\'accès.\nEnvoyé de mon iPad')).toBe('Toujours pas d\'accès.');
    const long = 'Enviado desde hace tres semanas y el paquete todavía no ha llegado a mi casa, es una vergüenza.';
    expect(kept(long)).toBe(long);
  });
});
