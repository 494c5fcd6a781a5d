/** Dutch word lists, written for Keel (MIT). Words ending in `*` are prefixes. */
import { built, group, groups } from '../signals/spec';
import type { LanguagePack } from './types';

const WORKS =
  'werkt|werken|werkte|gaat|ging|doet|laadt|start|reageert|komt|kwam|aangekomen|geleverd|ontvangen|gekregen|opgelost|' +
  'gerepareerd|bereikbaar|mogelijk|beschikbaar|goed|teruggebeld|geantwoord|terugbetaald|verstuurd|bezorgd|nagekomen';

export const DUTCH: LanguagePack = /* @__PURE__ */ built(() => ({
  code: 'nl',
  name: 'Dutch',
  functionWords: /* @__PURE__ */ ('het een niet ik wij jullie nog maar bedankt geen zijn voor ook dat deze mijn heb van de en is ' +
    'op te met er als bij nu wel al naar wat hij ze dit zo uw hebben wordt werd kunnen moet mij onze ' +
    'waarom weer echt erg heel niks ben bent hoe waar in om').split(' '),
  negators: ['niet', 'geen', 'nooit', 'niets', 'niks', 'niemand', 'zonder', 'nergens'],
  intensifiers: ['heel', 'zeer', 'erg', 'echt', 'zo', 'te', 'totaal', 'compleet', 'enorm', 'super', 'vreselijk', 'ontzettend', 'extreem', 'absoluut', 'best',
    // Before a noun: "totale chaos", "complete ramp".
    'totale', 'complete', 'enorme', 'absolute'],
  contrast: ['maar', 'echter', 'helaas', 'toch', 'desondanks'],
  // "klantenservicedrama", "treinstoring", "netwerkprobleem": negative nouns of the lists below as compound heads.
  compounds: {
    heads: ['drama', 'ramp', 'schande', 'oplichting', 'bedrog', 'tijdverspilling', 'storing*', 'probleem', 'problemen', 'vertraging*', 'klacht*', 'ongeluk*'],
    joints: ['ver', 'ont', 'on', 'her', 'mis', 'be', 'ge'],
  },
  thanksFor: ['voor'],
  requests: ['wil', 'willen', 'nodig', 'verwacht', 'verwachten', 'hoop', 'hopen', 'eis', 'eisen'],
  signals: /* @__PURE__ */ groups(
    group('neutral', 0, ['met vriendelijke groet', 'vriendelijke groet|groeten', 'groetjes', 'goedemorgen', 'goedemiddag', 'aarzel niet', 'geen probleem', 'alvast bedankt']),
    group('legal-threat', 32, ['advocaat|advocaten', 'rechter', 'rechtszaak', 'juridische stappen', 'aanklacht', 'dagvaard*', 'aangifte doen', 'naar de rechter']),
    group('legal-threat', 22, ['consumentenbond', 'geschillencommissie', 'acm', 'autoriteit', 'kifid', 'ombudsman', 'juridische afdeling', 'contractbreuk', 'schadevergoeding', 'ingebrekestelling']),
    group('churn-threat', 30, ['opzeggen|opzegging|opgezegd', 'zeg * op', 'contract * beëindigen|ontbinden', 'overstappen', 'stap * over', 'andere aanbieder|provider|leverancier', 'naar de concurrent|concurrentie', 'nooit meer', 'klant * geweest', 'klant kwijt']),
    group('manager-request', 14, ['leidinggevende*', 'manager', 'teamleider', 'supervisor', 'escaleren|escalatie', 'echt persoon|mens', 'spreken met * persoon|mens|iemand']),
    group('manager-request', 8, ['directeur|directie|ceo|hoofdkantoor']),
    group('public-exposure', 16, ['naar de pers|media|krant|kassa|radar', 'pers|media|journalisten * inschakelen|benaderen|informeren', 'posten|delen * twitter|facebook|linkedin|trustpilot', 'slechte|negatieve review|recensie|beoordeling', 'iedereen waarschuwen']),
    group('frustration', 12, [
      'onacceptabel|schandalig*|schande|belachelijk*|bespottelijk*|ongehoord|absurd*|waardeloos|waardeloze|rampzalig*|ramp',
      'oplichting|oplichters|oplichter|bedrog|bedrieg*|nep|leugen*|leugenaar*|woedend*|razend*|boos|kwaad|walgelijk*',
      'vreselijk*|verschrikkelijk*|afschuwelijk*|dramatisch*|treurig*|zielig*|triest*|incompetent*|amateuristisch*',
      'klote|kut', 'zwaar klote', 'ben het zat', 'spuugzat', 'genoeg is genoeg', 'tijdverspilling', 'slechtste', 'schaam * je|jullie',
    ], { negation: 'cancel', intensify: true }),
    group('frustration', 10, ['shit|godverdomme|verdomme|kanker*|tering*|tyfus*|klootzak*|lul|eikel*|idioot|idioten|fuck*|wtf'], { negation: 'ignore' }),
    // "Ik haat…": hating something in the first person is frustration, as English "I hate".
    group('frustration', 7, ['ik|wij haat|haten'], { negation: 'cancel', intensify: true }),
    group('frustration', 7, ['teleurgesteld*|teleurstell*|gefrustreerd*|frustrer*|geïrriteerd*|irritant*|ergerlijk*|ontevreden*|balen|baal|jammer', 'onbeschoft*|onvriendelijk*|dom|domme|stom|stomme|zinloos|nutteloos|lachwekkend*', 'drama', 'niet normaal', 'niet te geloven', 'kan niet waar zijn']),
    group('sarcasm', 12, ['bedankt voor niets|niks', 'lekker bezig', 'goed bezig * niet']),
    group('repeat-contact', 10, ['derde|vierde|vijfde|zoveelste keer', 'alweer', 'wederom', 'opnieuw', 'hoe vaak', 'meerdere|vaak|zoveel keren|keer', 'al * gemeld|gebeld|gemaild|uitgelegd|gestuurd|gezegd']),
    group('repeat-contact', 7, ['steeds|telkens', 'elke|iedere keer', 'nog steeds', 'altijd weer']),
    group('repeat-contact', 4, ['weer|nog']),
    group('waiting', 10, ['wacht|wachten|gewacht * al|sinds', 'al * uren|dagen|weken|maanden', 'geen * reactie|antwoord|bericht|terugkoppeling|oplossing', 'niemand * reageert|belt|helpt|antwoordt', 'genegeerd|negeren', 'in de wacht', 'hoe lang * nog|moet', 'duurt * lang|eeuwig']),
    group('waiting', 4, ['wachten|wacht|wachttijd*', 'uren|dagen|weken|maanden * later', 'sinds gisteren|maandag']),
    group('update-chase', 6, ['nieuws over', 'stand van zaken', 'is er * update|nieuws', 'graag * update', 'al iets bekend']),
    group('money', 10, ['dubbel * afgeschreven|betaald|gefactureerd', 'te veel * betaald|afgeschreven', 'mijn|ons geld terug']),
    group('money', 7, ['terugbetal*|restitutie|vergoed*|compensatie|betaald|geld']),
    group('broken-expectation', 9, [WORKS + ' ** niet|nooit', 'niet|nooit ** ' + WORKS, 'nog steeds niet|geen', 'zou|zouden * moeten', 'beloofd|belofte*|toegezegd', 'waar blijft', 'waar is mijn', 'wat is er aan de hand', 'klacht*|klagen', 'geen * internet|stroom|bereik|verbinding|toegang|signaal']),
    group('broken-expectation', 5, ['kapot*|defect*|storing*|fout*|probleem|problemen|vertraag*|vertraging*|geannuleerd|verloren|kwijt|vast|traag|trage|beschadigd*|ontbreekt|mist', 'waarom', 'ondanks'], { negation: 'cancel' }),
    // Issue 11, fourth round (the German structures, where Dutch has them; no Dutch dev set): a modal
    // frame ("had gisteren moeten komen"), again-not ("weer geen internet"), a busy line, "lekker dan".
    group('broken-expectation', 9, ['had|hadden ** moeten'], { softInQuestion: true }),
    group('broken-expectation', 9, ['weer|alweer|opnieuw niet|geen']),
    group('waiting', 10, ['lijn|telefoon|nummer|klantenservice * bezet', 'niemand neemt op', 'neemt * niet op']),
    group('sarcasm', 10, ['lekker dan', '^ top|geweldig|fantastisch|prima $'], { contextual: true }),
    // A remedy withheld: no explanation, no apology, no alternative.
    group('broken-expectation', 9, ['geen|zonder * uitleg|excuses|verontschuldiging|alternatief|compensatie'], { negation: 'ignore' }),
    // Stopped working: "gestopt met werken".
    group('broken-expectation', 9, ['gestopt|stopt|stopte met werken|laden|reageren', 'houdt|hield * op met werken']),
    group('urgency', 8, ['productie * plat|stil', 'dataverlies', 'noodgeval', 'hoogste prioriteit']),
    group('urgency', 6, ['dringend*|spoed*|urgent*|asap|kritiek*|deadline', 'zo snel mogelijk', 'z.s.m'], { negation: 'cancel' }),
    group('negative', 5, ['slecht*|jammer|helaas|verdrietig*|duur|dure|moeilijk*|bang|zorgen|bezorgd|gevaarlijk*|gevaar|dood|doden|oorlog*|geweld*|ongeluk*|haat|haten|pijn|ziek*|lastig*|vervelend*|erg|eng|vies|vieze|saai*'], { negation: 'cancel', intensify: true }),
    group('negative', 7, ['niet|geen * leuk|fijn|blij|tevreden|aanrader']),
    group('positive', -4, ['probleemloos*|foutloos*|storingsvrij*|vlekkeloos*', 'goed|goede|prima|super|top|geweldig*|uitstekend*|perfect*|fantastisch*|heerlijk*|mooi*|leuk*|fijn*|blij|tevreden|vriendelijk*|behulpzaam*|snel*|aanrader|aanbevolen|opgelost|gelukt|werkt|knap|tof|gaaf|vet', 'dank * wel']),
    group('gratitude', -6, ['bedankt|dank|dankjewel|dankuwel|dankbaar|bedank*']),
    group('plain-question', -4, ['^ hoe|hoeveel|wanneer|waar|welke|wat', '^ kan|kunnen|kunt|mag|is|zijn|heeft|hebben ik|wij|u|je|het|er', 'is het mogelijk', 'korte vraag', 'ik zou graag', 'vraag over']),
  ),
}));
