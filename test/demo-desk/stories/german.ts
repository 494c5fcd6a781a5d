/**
 * A German-speaking customer: a VAT error on invoices, courteous but increasingly annoyed, until
 * she threatens to cancel the contract and hand the matter to the company's lawyer (issue 11).
 */
import { DAY, HOUR, type Story } from './types';

const CREATED = 4 * DAY;

export const german: Story = {
  scenario: 'german',
  subject: 'Rechnungsexport: falsche Umsatzsteuer bei innergemeinschaftlichen Lieferungen',
  requester: 'jana',
  assignee: 'felix',
  group: 'DACH Support',
  status: 'open',
  priority: 'high',
  type: 'problem',
  tags: ['billing', 'vat', 'de'],
  createdAgo: CREATED,
  messages: [
    {
      by: 'jana',
      ago: CREATED,
      text: `Guten Tag,

seit dem letzten Update weist der Rechnungsexport bei innergemeinschaftlichen Lieferungen an unsere Kunden in Österreich und den Niederlanden 19 % Umsatzsteuer aus, obwohl die USt-IdNr. der Kunden hinterlegt und gültig ist. Bis Ende des letzten Monats wurden diese Rechnungen korrekt mit 0 % und dem Hinweis „Steuerfreie innergemeinschaftliche Lieferung“ erzeugt.

Betroffen sind bisher 23 Rechnungen. Wir müssen die Umsatzsteuer-Voranmeldung bis zum 10. abgeben.

Mit freundlichen Grüßen
Jana Vogt
Leitung Buchhaltung, Kestrel Robotics GmbH`,
    },
    {
      by: 'felix',
      ago: CREATED - 150,
      text: `Hallo Frau Vogt,

vielen Dank für die ausführliche Beschreibung. Ich konnte das Verhalten in einer Testumgebung nachstellen: Seit Version 4.18 wird die USt-IdNr. bei Kunden mit mehreren Lieferadressen nicht mehr berücksichtigt. Ich habe den Fall an unser Entwicklungsteam weitergegeben.

Als Übergangslösung können Sie die betroffenen Rechnungen unter Abrechnung → Steuerregeln manuell mit der Regel „EU B2B (Reverse Charge)“ neu erzeugen.

Ich melde mich, sobald ich Neuigkeiten habe.

Viele Grüße
Felix Brandt
Beacon Support`,
    },
    {
      by: 'jana',
      ago: 2 * DAY,
      text: `Hallo Herr Brandt,

gibt es hierzu schon einen neuen Stand? Die Frist für die Voranmeldung rückt näher, und wir müssen die 23 Rechnungen gegebenenfalls stornieren und neu ausstellen. Die Übergangslösung funktioniert, ist bei dieser Menge aber sehr aufwendig.

Jana Vogt`,
    },
    {
      by: 'felix',
      ago: 2 * DAY - 3 * HOUR,
      text: `Hallo Frau Vogt,

die Korrektur ist für das Release in der Nacht auf Donnerstag eingeplant. Danach werden neue Rechnungen wieder korrekt erzeugt; für die 23 bestehenden Rechnungen schicke ich Ihnen eine Anleitung zur Sammelkorrektur.

Viele Grüße
Felix Brandt`,
    },
    {
      by: 'jana',
      ago: 20 * HOUR,
      text: `Leider ist das Problem nach dem Update von heute Nacht immer noch nicht behoben – auch die Rechnungen von heute weisen wieder 19 % aus. Das ist für uns inzwischen wirklich ärgerlich.

Bitte geben Sie mir bis morgen Mittag eine verbindliche Rückmeldung, wie wir weiter vorgehen sollen.

Jana Vogt`,
    },
    {
      by: 'felix',
      ago: 18 * HOUR,
      internal: true,
      text: `Customer confirms 4.18.3 did not fix the reverse-charge VAT. Ravi suspects the tax-rule cache is not invalidated per workspace after the migration. Asked him for a manual cache flush on kestrel-prod as a stopgap.`,
    },
    {
      by: 'jana',
      ago: 2 * HOUR,
      text: `Sehr geehrter Herr Brandt,

bis heute Mittag haben wir keine Rückmeldung erhalten, und morgen läuft die Frist für die Voranmeldung ab. Wenn die Rechnungen bis Freitag nicht korrekt erzeugt werden, kündigen wir den Vertrag zum Monatsende und übergeben die Angelegenheit unserem Anwalt.

Jana Vogt
Leitung Buchhaltung, Kestrel Robotics GmbH`,
    },
  ],
  events: [
    { ago: CREATED - 140, field: 'assignee', from: null, to: 'felix' },
    { ago: CREATED - 150, field: 'status', from: 'new', to: 'open' },
    { ago: 20 * HOUR - 30, field: 'priority', from: 'normal', to: 'high' },
  ],
  sla: [
    { metric: 'first_reply_time', targetMinutes: 8 * HOUR, startedAgo: CREATED, completedAgo: CREATED - 150 },
    // Running since her last message: due in 4 hours.
    { metric: 'next_reply_time', targetMinutes: 24 * HOUR, startedAgo: 20 * HOUR, completedAgo: null },
  ],
};
