/**
 * German word lists, written for Keel (MIT). Same families and weights as English: threats and
 * escalation first, then waiting, repetition, broken promises and money, then general tone.
 * Words ending in `*` are prefixes ("kündig*": kündigen, Kündigung, kündige).
 */
import { built, group, groups } from '../signals/spec';
import type { LanguagePack } from './types';

const WORKS =
  'funktioniert|funktionieren|funktionierte|geht|ging|läuft|lief|klappt|klappte|lädt|startet|reagiert|kommt|kam|' +
  'ankommt|angekommen|geliefert|erhalten|bekommen|behoben|gelöst|repariert|erreichbar|möglich|verfügbar|korrekt|' +
  'richtig|gemeldet|zurückgerufen|geantwortet|erstattet|gutgeschrieben|verschickt|versendet|zugestellt|aktualisiert|' +
  'akzeptiert|angezeigt|gespeichert|erledigt|eingehalten|gehalten|pünktlich';

export const GERMAN: LanguagePack = /* @__PURE__ */ built(() => ({
  code: 'de',
  name: 'German',
  functionWords: /* @__PURE__ */ ('der die das und ist nicht ich wir sie ein eine einen einem einer mit auf für bitte noch schon ' +
    'kein keine keinen wird wurde werden haben hat habe sind bin bist dass aber oder warum seit ' +
    'immer mein meine meinen uns euch ihr ihnen vom zum zur auch nach wie sehr dem den bei aus wenn ' +
    'nur mir mich dich dir sich jetzt heute wieder gibt kann können über mal doch ja nein wo wer ' +
    'durch gegen ohne unter diese dieser dieses etwas nichts alles viel viele mehr gut neue im am zu es in er').split(' '),
  negators: ['nicht', 'kein*', 'nie', 'niemals', 'nichts', 'niemand', 'ohne', 'weder', 'keinesfalls', 'garnicht'],
  intensifiers: [
    'sehr', 'so', 'total', 'echt', 'wirklich', 'extrem', 'absolut', 'völlig', 'komplett', 'mega', 'richtig', 'äußerst', 'ziemlich', 'zu',
    'einfach', 'absolute', 'voll', 'unglaublich', 'unfassbar', 'wahnsinnig',
    // Declined before a noun: "totales Chaos", "völlige Katastrophe", "kompletter Ausfall".
    'totale', 'totalen', 'totaler', 'totales', 'völlige', 'völligen', 'völliger', 'völliges', 'absoluten', 'absoluter', 'absolutes',
    'komplette', 'kompletten', 'kompletter', 'komplettes',
  ],
  contrast: ['aber', 'jedoch', 'allerdings', 'leider', 'trotzdem'],
  // Negative nouns of the lists below that customers glue onto others ("Totalausfall",
  // "Kundenservicekatastrophe", "Kontosperrung"). Not news words (Polizei, Bombe, Opfer) and no
  // adjectives or participles ("Lohns|teuer", "auf|geschlagen" are other words).
  compounds: {
    heads: [
      'frechheit*', 'skandal*', 'katastroph*', 'zumutung', 'sauerei', 'schweinerei', 'desaster', 'armutszeugnis',
      'betrug', 'abzocke*', 'verarsch*', 'zeitverschwendung', 'horror', 'albtraum', 'alptraum', 'chaos', 'wahnsinn',
      'schwachsinn*', 'unsinn', 'ärger*', 'frust', 'lachnummer', 'ausreden', 'ausrede', 'scheiße', 'kacke',
      'beschwerde*', 'reklamation*', 'defekt*', 'fehler*', 'störung*', 'ausfall*', 'ausfälle', 'verspät*', 'verspätungen',
      'problem*', 'absturz', 'streik*', 'unfall*', 'unglück*', 'schaden', 'schäden', 'pannen*', 'sperrung', 'gefahr',
      'stress*', 'preiserhöhung*', 'verschlechter*', 'servicewüste', 'versagen',
      // Waiting and money nouns glue too: "Telefonwarteschleife", "Kostenerstattung", "Verspätungsentschädigung".
      'warteschleife', 'erstattung*', 'rückerstattung*', 'entschädigung*',
    ],
    // A front ending in a verb prefix or particle makes its end another word: "Alters|vor|sorge",
    // "Planungskosten|zu|schuss", "mit|kriegen".
    joints: ['ver', 'vor', 'ent', 'zer', 'miss', 'un', 'auf', 'mit', 'zu', 'weg'],
  },
  // "fuer": "für" typed without an umlaut key.
  thanksFor: ['für', 'fuer'],
  ordinalDot: true,
  requests: ['brauche', 'brauchen', 'benötige', 'benötigen', 'will', 'möchte', 'möchten', 'erwarte', 'erwarten', 'hoffe', 'hoffen'],
  signals: /* @__PURE__ */ groups(
    group('neutral', 0, [
      'mit freundlichen grüßen', 'freundliche|freundlichen|liebe|viele|beste|schöne grüße', 'guten tag|morgen|abend',
      'schönen tag|abend|wochenende', 'bei fragen|problemen', 'falls * fragen|probleme', 'gute fahrt|reise',
      'kein problem * gelöst', 'nicht zögern',
      // "Wir würden gerne…" asks; it does not praise.
      'würde|würden|hätte|hätten|möchte|möchten gern|gerne',
      // A salutation is no declaration of love: "Liebe DB", "Hallo liebes Team".
      '^ liebe|lieber|liebes', 'hallo|hi|hey liebe|lieber|liebes',
      // "Klasse" after an ordinal or article is the noun (a class of travel or school), not praise.
      '1|2|erste|ersten|erster|zweite|zweiten|zweiter|der|die|einer|welcher|welche klasse',
    ]),
    group('legal-threat', 32, [
      'anwalt*|anwält*|rechtsanwalt*|rechtsanwält*|anwaltskanzlei', 'unserem|unseren|meinem|meinen|einem|einen anwalt*|rechtsanwalt*',
      'rechtlich*|juristisch*|gerichtlich* schritte|weg|wege|konsequenzen|mitteln|auseinandersetzung',
      'rechtsweg*', 'vor gericht', 'verklag*', 'klage einreichen|erheben', 'anzeige erstatten',
    ]),
    group('legal-threat', 22, [
      'verbraucherzentrale*', 'schlichtungsstelle*', 'bundesnetzagentur', 'verbraucherschutz*', 'datenschutzbehörde*',
      'aufsichtsbehörde*', 'rechtsabteilung', 'vertragsbruch', 'schadensersatz*|schadenersatz*', 'ombudsmann', 'bafin',
    ]),
    group('churn-threat', 30, [
      'kündig* ** vertrag*|abo|abonnement|konto|mitgliedschaft|zusammenarbeit', 'vertrag*|abo|abonnement * kündig*',
      'kündig*', 'gekündigt', 'vertrag* beenden|auflösen|aufheben|widerrufen',
      'anbieter|anbieters|dienstleister * wechseln|wechsel', 'wechseln * anbieter|anbieters|konkurrenz',
      'zur konkurrenz', 'andere|anderen|alternative|alternativen anbieter|lösungen|dienstleister',
      'nach alternativen', 'nie wieder|mehr', 'nicht * verlängern', 'abo|abonnement|mitgliedschaft * beenden',
      'kunde * gewesen', 'kunden verloren|verlieren',
    ], { negation: 'ignore' }),
    group('manager-request', 14, [
      'vorgesetzt*', 'teamleit*', 'abteilungsleit*', 'eskalier*', 'eskalation*', 'jemand* kompetent*',
      'mit einem menschen', 'echten menschen', 'zuständigen * sprechen',
    ]),
    group('manager-request', 8, ['geschäftsführ*', 'vorstand', 'ihren|ihrem|ihre|deinen|euren chef|chefin|vorgesetzten', 'führungsebene']),
    group('public-exposure', 16, [
      'öffentlich* machen', 'an|in die presse|öffentlichkeit|medien|zeitung gehen|wenden',
      'presse|medien|zeitung|journalisten|verbraucherschützer * informieren|einschalten|kontaktieren|einschalte',
      'bewertung* schreiben|abgeben', 'negative|schlechte bewertung*', 'social media', 'alle|andere warnen',
      'posten|veröffentlich*|teilen * twitter|facebook|linkedin|trustpilot|instagram',
    ]),
    group('frustration', 12, [
      'inakzeptabel|unakzeptabel|unverschämt*|frechheit*|skandal*|katastroph*|lächerlich*|zumutung',
      'sauerei|schweinerei|desaster|armutszeugnis|peinlich*|miserabel*|erbärmlich*|grottig*|unterirdisch*|bodenlos*',
      'wütend*|stinksauer|nutzlos*|betrug|betrüger*|abzocke*|abzock*|verarsch*|zeitverschwendung|schlimmste*',
      'schrecklich*|furchtbar*|grauenhaft*|entsetzlich*|fürchterlich*|ätzend|mies*|horror|albtraum|alptraum',
      // "nicht akzeptabel" weighs what "inakzeptabel" does.
      'nicht akzeptabel|hinnehmbar|tragbar', 'reicht mir|jetzt', 'schnauze|nase voll', 'saftladen|sauladen|drecksladen|chaosladen|kotz*', 'unprofessionell*', 'inkompetent*', 'dreist*', 'respektlos*',
    ], { negation: 'cancel', intensify: true }),
    group('frustration', 10, ['scheiß*|scheiss*|scheiße|kacke|mist|hurensohn*|wichser*|vollidiot*|penner|verdammt*|bescheuert*|idiot*|arsch*|drecks*|verflucht*|fuck*|wtf'], { negation: 'ignore' }),
    group('frustration', 7, [
      'enttäusch*|frustrier*|frust|genervt|nervig*|nervt|nerven|ärger*|unzufrieden*|verärgert|sauer',
      // "Unfassbar!" is frustration; "unfassbar viele Märkte", "unglaublich schön" only make the next word stronger.
      'unglaublich*|unfassbar*|wahnsinnig* $',
      'unmöglich*|typisch|wahnsinn|zumutbar|unfreundlich*|dumm*|blöd*|schwachsinn*|unsinn|sinnlos*|hilflos*',
      'angeblich', 'ausreden|ausrede', 'kann * nicht fassen|glauben', 'ohne worte', 'geht gar nicht',
      'ungenießbar', 'unzumutbar*', 'chaos|chaotisch*', 'verstörend*', 'ein witz', 'lachnummer', 'geht\'s|gehts noch',
      'dilettantisch*|stümperhaft*|unzulänglich*|unzureichend*|verabscheu*|übelst*|hölle|höllen*',
      'planlos*|ahnungslos*|verantwortungslos*|rücksichtslos*|lieblos*|kopflos*|taktlos*|hoffnungslos*|kompetenzlos*',
      'versagen|versagt|totalversagen',
      // Written from general knowledge of customer German, not from the dev sets.
      'unhöflich*|pampig*|patzig*|arrogant*|schlampig*|nachlässig*|fahrlässig*|lästig*|wucher*',
      'lüge|lügen|gelogen|belogen|angelogen|lügner*', 'mangel an', 'null kompetenz|ahnung|service|kulanz',
      'kundenunfreundlich*', 'servicewüste', 'unterste schublade', 'abgespeist|abgewimmelt', 'spinnt * ihr|spinnen * die',
      // Issue 11, fourth round, written from general knowledge of customer German, not read from the data.
      'beschissen*|angepisst|gefrustet|empört*|empörend*|fassungslos*|sprachlos|verzweifelt*|nervtötend*',
      'unbrauchbar*|überfordert*|unhaltbar*|untragbar*|unding', 'schrott*|pfusch*|gepfuscht|vermasselt|verbockt|versaut|quatsch|müll',
    ], { negation: 'cancel', intensify: true }),
    // In a heated message: "Danke auch, DB", "Super gemacht", "Herzlichen Glückwunsch".
    group('sarcasm', 10, ['danke|dank auch', 'super|toll|klasse|prima|großartig gemacht', 'herzlichen glückwunsch'], { contextual: true }),
    group('frustration', 7, ['ich|wir hasse|hassen|verabscheue'], { negation: 'cancel', intensify: true }),
    group('sarcasm', 10, ['^ toll|super|prima|klasse|großartig|herrlich|wunderbar|spitze|bravo $', '^ läuft|läufts bei'], { contextual: true }),
    group('sarcasm', 12, ['danke für nichts', 'na toll|super|prima|klasse|bravo|danke|herzlichen|großartig']),
    group('repeat-contact', 10, [
      'zum dritten|vierten|fünften|wiederholten|zigsten|hundertsten|x|3|4|5|6|7|8|9|10 mal', 'schon|mal wieder', 'wieder mal',
      'immer wieder', 'wie oft', 'mehrfach|mehrmals|zigmal|etliche|unzählige * mal',
      'bereits|schon|mehrfach * gemeldet|geschrieben|angerufen|mitgeteilt|erklärt|reklamiert|geschildert|nachgefragt|gesagt',
    ]),
    group('repeat-contact', 7, ['ständig|dauernd|andauernd|permanent|jedes mal|jedesmal', 'immer noch', 'noch immer']),
    group('repeat-contact', 4, ['wieder|erneut|nochmal|nochmals|wiederholt']),
    group('waiting', 10, [
      'warte|warten|wartet|gewartet * seit|schon', 'seit * stunden|tagen|wochen|monaten',
      'keine|keinerlei antwort|rückmeldung|reaktion|rückruf|lösung|hilfe|info|information|informationen',
      'niemand|keiner * antwortet|meldet|reagiert|hilft|kümmert|ruft|zuständig',
      'ignorier*', 'warteschleife', 'vertröst*|hingehalten', 'nichts * gehört', 'wie lange * noch|soll|muss', 'dauert * ewig|ewigkeiten|lange',
    ]),
    group('waiting', 4, ['warten|warte|wartet|gewartet|wartezeit*', 'stunden|tage|wochen|monate * später|lang', 'seit gestern|montag|dienstag|mittwoch|donnerstag|freitag|wochen|tagen']),
    group('update-chase', 6, ['gibt es * neuigkeiten|neues|updates|stand', 'neuen stand', 'sachstand', 'zwischenstand', 'nachfragen|nachhaken|nachgehakt']),
    group('money', 10, [
      'doppelt * abgebucht|berechnet|belastet|bezahlt', 'zu viel * berechnet|abgebucht|bezahlt', 'geld zurück',
      'umsatz* * verlier*|verloren|einbußen', 'kostet * geld', 'abgebucht * obwohl',
    ]),
    group('money', 7, ['erstattung*|rückerstattung*|erstatt*|entschädigung*|entschädig*|gutschrift*|rückzahlung*']),
    group('broken-expectation', 9, [
      WORKS + ' ** nicht|nie|kaum', 'nicht|nie|kaum ** ' + WORKS, 'geht gar nichts', 'nichts * funktioniert|geht|klappt',
      'sollte|sollten * eigentlich', 'versprochen|zugesagt|zugesichert', 'wo bleibt', 'wo ist * mein|meine|unser|unsere',
      'was ist * los', 'nicht in ordnung', 'immer noch nicht|kein', 'beschwerde*|beschwer*|reklamation*|reklamier*',
      'kein|keine|keinen internet|strom|netz|empfang|wlan|verbindung|zugang|klimaanlage|heizung|anschluss|info|information',
      'stürzt * ab', 'fällt * aus', 'im stich gelassen',
    ]),
    group('broken-expectation', 5, [
      'kaputt*|defekt*|fehler*|fehlerhaft*|störung*|ausfall*|ausgefallen|verspät*|problem*|beschädigt*|falsch*',
      'verloren|fehlt|fehlen|fehlend*|abgestürzt|absturz|überfüllt|gestrichen|storniert|verpasst|hängt|hängen',
      'warum|wieso|weshalb', 'nicht mehr', 'zugausfall*', 'umständlich*', 'aufwendig*|aufwändig*', 'trotz',
      'zu spät', 'unpünktlich*',
    ], { negation: 'cancel' }),
    // Modal frames of a broken expectation: "Der Zug hätte um 8 ankommen sollen", "müsste längst da sein".
    group('broken-expectation', 9, ['hätte|hätten ** sollen|müssen', 'müsste|müssten längst|eigentlich', 'sollte|sollten längst'], { softInQuestion: true }),
    // Again not: "geht schon wieder nicht", "wieder keine Verbindung".
    group('broken-expectation', 9, ['wieder|erneut|wiedermal nicht|kein|keine|keinen']),
    // The hotline as a wall: "Hotline ständig besetzt", "keiner geht ran", "ich komme nicht durch".
    group('waiting', 10, ['hotline|leitung|telefon|nummer|servicenummer * besetzt', 'dauerbesetzt', 'niemand|keiner * erreichbar|ran', 'komme * nicht durch']),
    // A remedy withheld: no explanation, no apology, no alternative.
    group('broken-expectation', 9, ['kein|keine|keinerlei|ohne * erklärung|entschuldigung|begründung|alternative|ersatz'], { negation: 'ignore' }),
    group('frustration', 7, ['taugt * nichts|nix'], { negation: 'ignore' }),
    // Stopped working: "hat aufgehört zu funktionieren", "gab den Geist auf".
    group('broken-expectation', 9, ['aufgehört zu funktionieren|laden|reagieren|gehen|laufen', 'gibt|gab|gaben * den geist auf']),
    // Indignant questions: "Wie kann es sein, dass…", "Das darf doch nicht wahr sein".
    group('broken-expectation', 9, ['wie kann * sein', 'kann|darf * doch nicht * sein|wahr', 'nicht normal']),
    group('urgency', 8, ['produktion* * steht|stillstand|down', 'stillstand', 'datenverlust', 'notfall', 'höchste priorität', 'alle * nutzer|kunden|mitarbeiter * betroffen|blockiert'], { negation: 'cancel' }),
    group('urgency', 6, ['dringend*|eilig*|umgehend*|asap|frist|deadline|kritisch*', 'so schnell wie möglich', 'bis morgen|heute|spätestens'], { negation: 'cancel' }),
    group('negative', 5, [
      'leider|schlecht*|schlimm*|traurig*|schade|mangelhaft*|ungenügend*|teuer*|überteuert|stress*|problematisch*',
      'unzuverlässig*|langsam*|dreckig*|schmutzig*|kalt|stinkt|laut|streik*|unfall*|tote|toten|verletzt*|gestorben',
      'angst|sorge|sorgen|besorgt|gefährlich*|gefahr|krieg*|terror*|angriff*|gewalt*|verletz*|hass*|elend*|leid|leiden',
      'verschlechter*|verspätet*|überlastet|schwierig*|kompliziert*|nervös|schade|bedauer*|wütend',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 5, [
      'schüsse|schuss|schießerei|verprügel*|prügel*|geschlagen|schlägt|würgt|belästig*|überfall*|messer*|polizei*',
      'evakuier*|bombe*|sperrung|gesperrt|entfällt|schaden|schäden|unglück*',
      'getötet|tödlich*|sturm*|unwetter|verdreckt|schmuddelig*|langweilig*|preiserhöhung*|teurer|verteuer*',
      'marode|pannen*|ausfälle|verspätungen', 'unbequem*|krach|lärm*', 'rappelvoll|proppenvoll', 'brechend voll', 'mühsam*|nervenaufreibend*',
      'erhöht|erhöhen|erhöhung * preise|preis|gebühren|beiträge', 'preise|gebühren * erhöh*',
      'abgefunden|vergeblich*|ärgert|hasse|blöd|doof|übel|grausam*|brutal*',
      // Disgust, contradictory information and blame ("die widersprüchlichen Infos", "ist schuld"): read
      // from the fourth round's folds 1–4 misses ("ekligen", "widersprüchlichen", "Schuldigen").
      'eklig*|ekelhaft*|widerlich*|gestank|widersprüchlich*', 'schuld|schuldig|schuldige|schuldigen',
      'randal*|betrunken*|besoffen*|pöbel*|bedroh*|angegriffen|attack*|verletzte|opfer|täter*|festgenommen|ermittl*',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 7, ['nicht|kein|keine * gefällt|gefallen|mag|mögen|zufrieden']),
    group('positive', -4, [
      'gut|gute|guter|gutes|guten|super|toll*|prima|klasse|spitze|perfekt*|zufrieden*|freundlich*|hilfsbereit*',
      // "freu*" would take "Freund", "Freundin": the verb and the noun only.
      'schnell*|pünktlich*|freue|freuen|freut|freute|freuten|freude|freuden|erfreu*|glücklich*|begeistert*|wunderbar*',
      'großartig*|hervorragend*|ausgezeichnet*|empfehl*',
      'liebe|lieben|liebt|geliebt|lieber|gelöst|behoben|repariert|geklappt|schön*|angenehm*|bequem*|sauber*|entspannt*',
      'gerne|gern|cool|genial*|genießen|genieße', 'danke schön', 'hilfreich*',
      // Free of problems is praise, not a problem: the longer prefix wins over "problem*", "fehler*", "störung*".
      'problemlos*|reibungslos*|fehlerfrei*|störungsfrei*|tadellos*|einwandfrei*|pannenfrei*', 'funktioniert|läuft|klappt wieder',
    ], { negation: 'flip' }),
    group('gratitude', -6, ['danke*|bedank*|dankbar*|dankeschön', 'vielen|herzlichen|besten|großen|tausend|lieben dank']),
    group('plain-question', -4, [
      '^ wie kann|können|muss|lange|viel|funktioniert', '^ kann|können|könnten|könnte|muss|darf|gibt|ist|sind|habt|haben ich|wir|sie|man|es|ihr',
      '^ wo kann|finde|ist|sind', '^ wann', '^ welche*', 'ist es möglich', 'kurze frage', 'ich würde gern|gerne', 'frage zu|bezüglich|wegen',
    ]),
  ),
}));
