/**
 * French word lists, written for Keel (MIT). Elisions are words of their own ("n'", "l'"), so
 * "n'arrive" reads as a negator and "arrive". Words ending in `*` are prefixes.
 */
import { built, group, groups } from '../signals/spec';
import type { LanguagePack } from './types';

const WORKS =
  'marche|marchent|fonctionne|fonctionnent|fonctionnait|arrive|arrivé|arrivée|reçu|reçue|livré|livrée|résolu|réglé|' +
  'répondu|remboursé|possible|disponible|joignable|accessible|correct|réparé|corrigé|envoyé|charge|connecte|ouvre|' +
  'démarre|trouve|tenu|respecté|venu|venue|passé|rappelé';

export const FRENCH: LanguagePack = /* @__PURE__ */ built(() => ({
  code: 'fr',
  name: 'French',
  functionWords: /* @__PURE__ */ ('le les des et est pas je nous vous une avec pour dans mais très depuis toujours merci sont ' +
    'aucun ça c\'est n\'est j\'ai qui du au aux ce cette ces votre vos mon ma mes ne elle il ils elles ' +
    'sur fait été suis avez ont leur leurs plus aussi bien être j\' l\' n\' d\' c\' qu\' quand comme tout ' +
    'tous rien encore déjà notre la oui ai sans chez où donc alors peu trop faire va vont était ' +
    'avoir y a à un si se de en que').split(' '),
  negators: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'sans', 'ni', 'guère', 'nullement'],
  intensifiers: ['très', 'trop', 'vraiment', 'tellement', 'si', 'complètement', 'totalement', 'absolument', 'extrêmement', 'super', 'hyper', 'franchement', 'vachement', 'carrément'],
  contrast: ['mais', 'cependant', 'pourtant', 'malheureusement', 'toutefois'],
  thanksFor: ['pour', 'de', 'd\''],
  requests: ['besoin', 'veux', 'voudrais', 'voulons', 'attends', 'attendons', 'espère', 'espérons', 'exige', 'exigeons'],
  signals: /* @__PURE__ */ groups(
    group('neutral', 0, ['sans merci', 'bien cordialement', 'cordialement', 'bonne journée|soirée|semaine', 'salutations', "n' hésitez pas", 'pas de souci', 'au pire']),
    group('legal-threat', 32, ['avocat*', 'poursuite*', 'poursuivre', 'procès', 'tribunal|tribunaux', 'justice', 'action en justice', 'mise en demeure', 'porter plainte', 'plainte contre', 'recours juridique|judiciaire|légal', 'voie judiciaire|juridique|légale']),
    group('legal-threat', 22, ['répression des fraudes', 'dgccrf', 'médiateur', 'cnil', 'arcep', 'association de consommateurs', 'service juridique', 'rupture de contrat', 'dommages et intérêts', 'ufc']),
    group('churn-threat', 30, [
      'résilier|résilie|résilié|résiliation|résilierai|résilierons', 'annuler|annule * abonnement|contrat|compte|commande',
      'changer|change * opérateur|fournisseur|prestataire', 'chez la concurrence', 'aller|passer|partir * ailleurs|concurrence|concurrent*',
      'autre|autres opérateur|fournisseur|prestataire|solution|solutions', 'plus jamais', 'jamais plus', 'ne * plus * client|clients',
      'perdu un|une client|cliente', 'quitter|quitte|quittons * opérateur|fournisseur|service|vous',
    ], { negation: 'ignore' }),
    group('manager-request', 14, ['parler|voir|joindre|contacter * responsable|supérieur|manager|direction', 'votre supérieur|responsable|hiérarchie', 'escalade*|escalader', 'parler à * humain|personne|conseiller', 'quelqu\' un de compétent']),
    group('manager-request', 8, ['votre directeur|directrice|pdg|direction', 'siège social']),
    group('public-exposure', 16, ['alerter|contacter|prévenir|informer|saisir * presse|médias|journalistes', 'rendre public|publique', 'publier|poster|partager|dénoncer * avis|twitter|facebook|linkedin|trustpilot|réseaux', 'mauvais|négatif avis', 'laisser un avis', 'tout le monde saura', 'faire savoir', 'boycott*']),
    group('frustration', 12, [
      'inadmissible|inacceptable|scandale*|scandaleux|scandaleuse|honte|honteux|honteuse|lamentable*|pitoyable*|ridicule*',
      'catastroph*|désastre*|déplorable*|inouï|incroyable|intolérable|insupportable|minable*|nul|nulle|nuls|nulles',
      'arnaque*|arnaqu*|escroc*|escroquerie*|voleur*|voleurs|honteusement|dégoûté*|dégoutant*|dégueulasse|furieux|furieuse',
      'énervé*|enervé*|exaspér*|marre', 'ras le bol', 'foutage de gueule', 'pire', 'incompétent*|incompétence', 'n\' importe quoi',
      'perte de temps', 'se moque|moquent|moquez', 'c\' est une blague', 'horrible*|atroce*|affreux|affreuse|épouvantable*',
    ], { negation: 'cancel', intensify: true }),
    group('frustration', 10, ['merde*|putain|bordel|chier|connard*|connerie*|con|cons|conne|foutre|fout|foutu*|salaud*|pourri*|wtf|fuck*'], { negation: 'ignore' }),
    // "Je déteste…", "je hais…": hating something in the first person is frustration, as English "I hate".
    group('frustration', 7, ['je|j\' déteste*|hais', 'nous détestons'], { negation: 'cancel', intensify: true }),
    group('frustration', 7, [
      'déçu|déçue|déçus|décevant*|déception*|frustr*|agacé*|agaçant*|mécontent*|fâché*|énerv*|colère|insatisfait*',
      'chiant*|pénible*|galère*|galérer|lourd|n\' importe|absurde*|stupide*|débile*|idiot*|crétin*|bête|inutile*',
      'irresponsable*|malhonnête*|mensonge*|menteur*|mépris*|irrespectueu*', 'sérieusement', 'sans commentaire',
    ], { negation: 'cancel', intensify: true }),
    group('sarcasm', 12, ['merci pour rien', 'bravo|merci * pour|à * rien']),
    group('repeat-contact', 10, ['troisième|quatrième|cinquième|énième|nième fois', 'encore une fois', 'à nouveau', 'combien de fois', 'plusieurs|maintes|nombreuses fois', 'déjà * signalé|appelé|écrit|expliqué|envoyé|relancé|contacté|dit', 'relancé|relance * plusieurs']),
    group('repeat-contact', 7, ['toujours pas', 'sans arrêt', 'tout le temps', 'à chaque fois', 'chaque fois']),
    group('repeat-contact', 4, ['encore|toujours|déjà']),
    group('waiting', 10, ['attends|attend|attendons|attente * depuis', 'depuis * heures|jours|semaines|mois', 'aucune|sans réponse|nouvelles|retour|rappel|suite', 'pas de|d\' réponse|nouvelles|retour|rappel|suite', 'personne ne * répond|rappelle|aide|répondu|rappelé', 'ignoré*|ignorer', 'toujours en attente', 'combien de temps', 'pas de nouvelles']),
    group('waiting', 4, ['attendre|attends|attend|attente|attendu', 'heures|jours|semaines|mois * plus tard|après', 'depuis hier|lundi|mardi|mercredi|jeudi|vendredi']),
    group('update-chase', 6, ['des nouvelles', 'du nouveau', 'où en est', 'relance', 'je reviens vers vous', 'point sur']),
    group('money', 10, ['débité|prélevé|facturé * deux fois|deux|double', 'trop * facturé|payé|prélevé', 'mon|notre argent', 'perte* de chiffre', 'double prélèvement|facturation']),
    group('money', 7, ['rembours*|dédommag*|indemnis*|compensation|geste commercial|avoir|payé|facturé|prélèvement']),
    group('broken-expectation', 9, [
      WORKS + ' * pas|jamais|plus', 'ne|n\' * ' + WORKS, 'ne * pas|plus * fonctionner|marcher', 'toujours pas|rien', 'censé|censée|censés',
      'promis|promesse*', 'où est|sont * mon|ma|mes|notre|nos', 'que se passe', 'plainte*|réclamation*|réclamer|plaindre', 'n\' importe',
      'aucun|aucune * connexion|réseau|internet|électricité|eau|chauffage|accès|information|service', 'pas de|d\' connexion|réseau|internet|électricité|eau|chauffage|accès|information|service', 'laissé tomber',
    ]),
    group('broken-expectation', 5, [
      'panne*|bug|bugs|bugue|bugué|bogue*|erreur*|problème*|souci*|défaut*|défectueu*|cassé*|endommagé*|abîmé*|manquant*|perdu*|bloqué*',
      'retard*|annulé*|supprimé*|coupure*|coupé*|lent*|plantage|plante|planté|incorrect*|faux|fausse|mauvais|mauvaise',
      'pourquoi', 'plus de', 'malgré',
    ], { negation: 'cancel' }),
    // A remedy withheld: no explanation, no apology, no alternative, no warning.
    group('broken-expectation', 9, ['sans|aucune|aucun * explication|explications|excuse|excuses|alternative|compensation|prévenir|préavis'], { negation: 'ignore' }),
    // Stopped working: "a cessé de fonctionner", "a arrêté de marcher".
    group('broken-expectation', 9, ['cessé|cesse|arrêté|arrête de fonctionner|marcher|charger|répondre|s\'allumer']),
    // Indignant questions: "Comment est-il possible que…", "Ce n'est pas normal".
    group('broken-expectation', 9, ['comment * possible', 'pas normal|acceptable|logique']),
    group('urgency', 8, ['production * arrêt|bloqué*|down', 'perte de données', 'urgence*', 'priorité absolue', 'tous * utilisateurs|clients * bloqués|impactés']),
    group('urgency', 6, ['urgent*|asap|critique*|délai|échéance', 'au plus vite', 'dès que possible', 'avant demain|ce soir|vendredi'], { negation: 'cancel' }),
    group('negative', 5, [
      'malheureusement|hélas|mal|triste*|dommage|cher|chère|chers|grave*|difficile*|compliqué*|stress*|peur|inquiet*|inquiét*',
      'mort|morts|mourir|meurt|tué|tués|tuée|tuées|guerre*|terror*|attentat*|violence*|crise*|chômage|pauvre*|danger*|dangereu*|menace*',
      'catastrophe|échec*|perte*|pénurie*|pollution|polluant*|accident*|drame*|tragique*|risque*|faillite',
      'baisse*|chute*|détruit*|destruction|haine|hais|déteste*|détester|souffr*|douleur*|malade*',
      'inquiétant*|alarmant*|choquant*|choqué*|dénonce*|dénoncer|contre|hypocrite*|mensonge*|menteur*|corrompu*|corruption',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 5, [
      'gaspillage|gâchis|fiasco|destruction|détruit|détruire|ravag*|saccag*|massacre*|abattage|disparaître|disparaissent',
      'extinction|enfer|infernal*|dégât*|polluer|pollué*|pollue|toxique*|nocif*|contamin*|déchets|démagogie|hérésie',
      'rétrograde|aberrant*|aberration|bêtise*|raté|échec|échoue|échouer|révoltant*|indign*|écœur*|rage|râle|râler',
      'pleur*|tristesse|deuil',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 7, ['ne * pas * aime|aimé|plaît|satisfait|content']),
    group('positive', -4, [
      'bien|bon|bonne|bons|bonnes|super|génial*|excellent*|parfait*|satisfait*|content*|heureu*|ravi|ravie|top|merveille*',
      'magnifique*|formidable*|superbe*|beau|belle|beaux|aime|adore|adoré|aimé|sympa*|agréable*|efficace*|rapide*|rapidement',
      'bravo|félicit*|chapeau|réglé|résolu|fonctionne|marche|recommande|recommandé|plaisir|joie|bonheur|espoir|prometteu*',
      'innovant*|propre|meilleur*|gagn*|réussi*|succès|fier|fière|cool|chouette|mieux|progrès',
    ], { negation: 'flip' }),
    group('gratitude', -6, ['merci|remercie*|remerciement*|reconnaissant*']),
    group('plain-question', -4, ['^ comment|combien|quand|quel|quelle|quels|quelles|où', '^ est ce', '^ pouvez|pourriez|puis|peut|peux|serait', 'est il possible', 'petite question', 'je voudrais|souhaite|souhaiterais', 'question sur|concernant']),
  ),
}));
