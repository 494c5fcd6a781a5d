/** Italian word lists, written for Keel (MIT). Elisions are words of their own ("l'", "dell'"). */
import { built, group, groups } from '../signals/spec';
import type { LanguagePack } from './types';

const WORKS =
  'funziona|funzionano|funzionava|va|arriva|arrivato|arrivata|ricevuto|ricevuta|consegnato|consegnata|risolto|risolta|' +
  'risposto|rispondono|rimborsato|possibile|disponibile|carica|collega|apre|parte|serve|mantenuto|mantengono';

export const ITALIAN: LanguagePack = /* @__PURE__ */ built(() => ({
  code: 'it',
  name: 'Italian',
  functionWords: /* @__PURE__ */ ('il della che sono non grazie ancora perché questo gli con mio mia ho è una anche di per lo la ' +
    'le nel nella del dei delle alla sul ma più ci ha hanno siamo sei come cosa tutti tutto questa ' +
    'quello io voi loro l\' dell\' un\' c\' sempre solo dopo già poi allora quando dove qui oggi ieri ' +
    'molto troppo fatto essere stato stata mai niente bene a e i un con se si in da ci vi ne').split(' '),
  negators: ['non', 'mai', 'niente', 'nulla', 'nessuno', 'nessuna', 'nessun', 'senza', 'né', 'neanche', 'nemmeno', 'neppure'],
  intensifiers: ['molto', 'così', 'troppo', 'davvero', 'veramente', 'totalmente', 'completamente', 'proprio', 'super', 'estremamente', 'assolutamente', 'tanto', 'sempre più'],
  contrast: ['ma', 'però', 'tuttavia', 'purtroppo', 'eppure'],
  // Chosen on held-out folds: a question in Italian is as often rhetorical as plain.
  off: ['plain-question'],
  thanksFor: ['per', 'del', 'della', 'dei', 'delle', 'dello'],
  requests: ['bisogno', 'voglio', 'vogliamo', 'vorrei', 'spero', 'speriamo', 'pretendo', 'esigo'],
  signals: /* @__PURE__ */ groups(
    group('neutral', 0, ['cordiali saluti', 'distinti saluti', 'buongiorno', 'buonasera', 'non esiti', 'nessun problema', 'per favore']),
    group('legal-threat', 32, ['avvocat*', 'vi denuncio|denuncerò', 'querela*', 'causa legale', 'vie legali', 'azione legale', 'tribunale', 'giudice', 'diffida']),
    group('legal-threat', 22, ['denuncia*', 'codacons', 'adiconsum', 'agcom', 'antitrust', 'garante', 'associazione consumatori', 'ufficio legale', 'violazione del contratto', 'risarcimento danni']),
    group('churn-threat', 30, ['disdetta', 'disdire', 'recedere|recesso', 'annullare|annullo|cancellare|cancello * contratto|abbonamento|account|ordine', 'cambiare|cambio * operatore|gestore|fornitore|compagnia', 'passare|passo * concorrenza|altro operatore', 'mai più', 'ultima volta che', 'perso un cliente'], { negation: 'ignore' }),
    group('manager-request', 14, ['responsabile*', 'supervisor*', 'superiore*', 'escalation', 'persona reale|vera', 'parlare con * operatore|persona|umano|qualcuno']),
    group('manager-request', 8, ['direttore|direttrice|direzione|dirigente*|amministratore delegato|ceo']),
    group('public-exposure', 16, ['andare|rivolgermi|rivolgerci * stampa|giornali|televisione', 'contattare|avvisare|informare * stampa|giornalisti', 'pubblicare|postare|condividere|denunciare * facebook|twitter|social|recensione', 'recensione negativa', 'lo saprà tutti', 'boicott*', 'striscia la notizia']),
    group('frustration', 12, [
      'inaccettabile|inammissibile|vergogn*|scandal*|ridicol*|assurd*|assurda|pessim*|orribil*|terribil*|schif*|schifos*',
      'disastr*|disastros*|truffa*|truffator*|truffat*|ladri|ladro|furto|frode*|imbrogli*|bugiard*|menzogn*|indecente*',
      'incompetent*|incompetenza|vergognoso|indegn*|squallid*|pietos*|penos*|vomitevol*|disgust*|ribrezzo|furios*|incazzat*',
      'arrabbiat*|esasperat*|stufo|stufa|stufi|basta', 'una presa in giro', 'perdita di tempo', 'peggio|peggiore|peggiori', 'che schifo',
      'fa schifo', 'non se ne può più', 'mi fa * schifo', 'odio|odiare|odiat*|odios*',
    ], { negation: 'cancel', intensify: true }),
    group('frustration', 10, ['cazzo|cazzata*|merda|stronz*|vaffanculo|fanculo|affanculo|minchia|minchion*|troia|puttan*|cagare|cagando|porca|coglion*|idiot*|imbecill*|cretin*|wtf|fuck*'], { negation: 'ignore' }),
    group('frustration', 7, [
      'deluso|delusa|delusi|deludent*|delusione|frustra*|infastidit*|insoddisfatt*|scontent*|fastidi*|irritant*|noios*|triste*',
      'inutil*|stupid*|ipocrit*|ignorant*|arrogant*|falso|falsa|falsi|mentono|vergognarsi|vergognatevi|schifezza|buffon*|pagliacc*',
      'sul serio', 'senza parole', 'incredibile', 'pazzesco', 'ma dai', 'poveri noi', 'che pena',
    ], { negation: 'cancel', intensify: true }),
    group('sarcasm', 12, ['grazie per niente|nulla', 'complimenti|bravi|grazie * per * ritardo|disservizio|niente']),
    group('repeat-contact', 10, ['terza|quarta|quinta|ennesima volta', "un' altra volta", 'di nuovo', 'ancora una volta', 'quante volte', 'diverse|tante|mille volte', 'già * segnalato|chiamato|scritto|spiegato|inviato|detto', 'come al solito', 'come sempre']),
    group('repeat-contact', 7, ['ancora non', 'continua|continuano * a', 'ogni volta', 'sempre la stessa|stesso']),
    group('repeat-contact', 4, ['ancora|ennesim*|sempre']),
    group('waiting', 10, ['aspetto|aspettiamo|attendo|attendiamo * da', 'da * ore|giorni|settimane|mesi', 'nessuna|senza risposta|notizia|notizie|soluzione', 'nessuno * risponde|richiama|aiuta', 'nessuno * ha risposto', 'ignorat*|ignorare', 'in attesa', 'quanto tempo', 'non * rispondono|richiamano']),
    group('waiting', 4, ['aspettare|attesa|aspetto|aspettando', 'ore|giorni|settimane|mesi * dopo', 'da ieri']),
    group('update-chase', 6, ['novità', 'aggiornament*', 'qualche notizia', 'sollecit*']),
    group('money', 10, ['addebitat*|pagat* * due volte|doppio', 'addebito non autorizzato', 'addebito doppio', 'miei|nostri soldi', 'soldi indietro']),
    group('money', 7, ['rimbors*|risarci*|indennizz*']),
    group('broken-expectation', 9, ['non ** ' + WORKS, 'ancora * non', 'doveva|dovevano|dovrebbe|dovrebbero', 'promess*|promesso|promettono', 'dov\' è * mio|mia|miei|mie', 'dove * mio|mia|miei|mie', 'cosa succede', 'reclam*|lamentel*|lament*', 'senza * internet|linea|luce|acqua|servizio|corrente|connessione', 'disservizi*']),
    group('broken-expectation', 5, ['guast*|rott*|errore|errori|problem*|difett*|ritard*|cancellat*|soppress*|perso|persa|smarrit*|bloccat*|lent*|caduta|crash|down|sciopero|scioperi', 'perché', 'nonostante'], { negation: 'cancel' }),
    // A remedy withheld: no explanation, no apology, no alternative, no warning.
    group('broken-expectation', 9, ['senza|nessuna|nessun * spiegazione|spiegazioni|scuse|alternativa|avviso|preavviso|avvisare'], { negation: 'ignore' }),
    // Stopped working: "ha smesso di funzionare".
    group('broken-expectation', 9, ['smesso|smette|smettono di funzionare|andare|caricare|rispondere|accendersi']),
    // Indignant questions: "Come è possibile che…", "Non è normale".
    group('broken-expectation', 9, ['come è|e possibile', 'com\' è|e possibile', 'non è|e normale|accettabile']),
    group('urgency', 8, ['perdita di dati', 'emergenza*', 'massima priorità']),
    group('urgency', 6, ['urgent*|urgenza|asap|critic*|scadenza', 'al più presto', 'il prima possibile'], { negation: 'cancel' }),
    group('negative', 5, [
      'male|brutto|brutta|brutti|triste|peccato|difficil*|paura|preoccup*|grave|gravi|morto|morti|morte|muore|uccis*',
      'guerra|violenz*|crisi|povert*|pover*|disoccupa*|tasse|corruzion*|corrott*|mafia|criminal*|delinquent*|crimin*',
      'razzis*|fascis*|odio|danno|danni|dann*|pericol*|minacc*|attacc*|sofferen*|soffr*|dolor*|malat*|incubo|sfiga|sfortun*',
      'purtroppo|mai|ipocrisia|mentire|fallimento|fallit*|disastro|casino|caos|vergogna|polemic*|scandalo|colpa|colpevol*',
      'nemmeno|neanche|niente|nulla|nessuno|senza|contro|smettila|smettetela',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 5, [
      'sbagli*|sconfitt*|finit*|perso|persi|perdere|rubare|ruba|rubano|rubato|ladrone|massacr*|irrazional*|assurdit*',
      'pazzi|pazzo|pazza|tragic*|licenzia*|licenziament*|precari*|sfacelo|rovina*|distrutt*|distrugg*|fallit*',
      'nervi|nervos*|ansia|stress*|stanc*|noia|annoiat*|deprim*|depress*|piang*|lacrim*|dispiac*|rimpiant*',
      'schifezz*|porcheri*|buffonat*|cialtron*|incapac*|incapaci|inetti|inetto|vergognos*|scandalos*|indecent*',
      'tasse|crisi|disoccupat*|povertà|miseria|debito|debiti|austerità|tagli|taglio',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 7, ['non * piace|piaciuto|consiglio']),
    group('positive', -4, [
      'bene|buono|buona|buoni|buone|bello|bella|belli|belle|bellissim*|ottim*|eccellent*|perfett*|fantastic*|meraviglios*',
      'stupend*|splendid*|magnific*|grande|grandi|felice|felici|content*|soddisfatt*|gentil*|veloce|veloci|puntual*|comod*',
      'consiglio|piace|piaciuto|amo|adoro|amore|divertent*|simpatic*|migliore|migliori|meglio|bravo|brava|bravi|complimenti',
      'auguri|buon|buona|evviva|speranza|spero|orgogli*|vittoria|vince|vinto|successo|risolto|funziona', 'grazie a',
      'top|wow|mitico|mitica|grandioso|geniale|interessant*|divertimento|sorriso|sorrisi|gioia|festa|pace|lol|ahah*|haha*',
    ], { negation: 'flip' }),
    group('gratitude', -6, ['grazie|ringrazi*|grato|grata']),
    group('plain-question', -4, ['^ come|quanto|quanta|quando|dove|quale|quali', '^ posso|potete|potreste|può|avete', '^ si può', '^ è possibile', '^ c\' è', 'una domanda', 'vorrei sapere']),
  ),
}));
