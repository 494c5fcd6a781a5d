/** Spanish word lists, written for Keel (MIT). Words ending in `*` are prefixes. */
import { built, group, groups } from '../signals/spec';
import type { LanguagePack } from './types';

const WORKS =
  'funciona|funcionan|funcionaba|anda|llega|llegó|llegado|recibido|recibí|entregado|resuelto|solucionado|arreglado|' +
  'respondido|responden|contestan|contestado|devuelto|reembolsado|posible|disponible|carga|conecta|abre|sirve|' +
  'cumplido|cumplen|cumple|atienden|atendido|salió|sale|aparece|va|van|deja|dejan|dejó|sirve';

export const SPANISH: LanguagePack = /* @__PURE__ */ built(() => ({
  code: 'es',
  name: 'Spanish',
  functionWords: /* @__PURE__ */ ('el los las que del por para una pero muy está esta estoy tengo hemos también gracias nada desde ' +
    'porque cuando mi su es y lo se al ya hace sus otra ha han he hay nos os le les este eso son fue como ' +
    'más sin sobre usted ustedes vuestro vuestra vosotros ni aquí hoy todavía la no me te yo tu tú ' +
    'estaba están ser era pues así bien todo todos dónde qué cómo cuál de en a un con por se si').split(' '),
  negators: ['no', 'nunca', 'jamás', 'nada', 'nadie', 'ningún', 'ninguna', 'ninguno', 'sin', 'ni', 'tampoco'],
  intensifiers: ['muy', 'tan', 'demasiado', 'realmente', 'totalmente', 'completamente', 'súper', 'super', 'bastante', 'extremadamente', 'increíblemente', 'absolutamente', 're',
    // Before a noun: "un auténtico desastre", "una verdadera vergüenza", "un completo caos".
    'auténtico', 'auténtica', 'verdadero', 'verdadera', 'completo', 'completa', 'absoluto', 'absoluta'],
  contrast: ['pero', 'sin embargo', 'aunque', 'lamentablemente', 'desgraciadamente'],
  thanksFor: ['por'],
  requests: ['necesito', 'necesitamos', 'quiero', 'queremos', 'espero', 'esperamos', 'exijo', 'exigimos'],
  signals: /* @__PURE__ */ groups(
    group('neutral', 0, ['saludos|saludo', 'un saludo', 'atentamente', 'buenos días', 'buenas tardes|noches', 'no dude', 'sin problema', 'por favor']),
    group('legal-threat', 32, ['abogad*', 'demanda*|demandar*', 'juicio', 'tribunal*', 'juzgado*', 'acciones legales', 'vía judicial|legal', 'denuncia*|denunciar*', 'querella*']),
    group('legal-threat', 22, ['autoridades|oficina|organismo de consumo', 'facua', 'ocu', 'defensor del cliente|consumidor', 'hoja de reclamaciones', 'incumplimiento de contrato', 'departamento legal', 'profeco', 'aesa']),
    group('churn-threat', 30, [
      'cancelar|cancelo|cancelaré|darme|dar * baja|contrato|suscripción|cuenta', 'darme de baja', 'dar de baja', 'me doy de baja',
      'cambiar|cambio|cambiaré * compañía|operador|proveedor|aerolínea|banco', 'con la competencia', 'otra compañía|aerolínea|empresa|operadora',
      'nunca|jamás más', 'nunca * volver*|vuelvo|volveré', 'no * volver* * volar|comprar|contratar', 'última vez que', 'perdido un|una cliente',
      'habéis|han perdido * cliente',
    ], { negation: 'ignore' }),
    group('manager-request', 14, ['supervisor*', 'responsable*', 'encargad*', 'superior*', 'escalar|escalado|escalen', 'persona real|humana', 'hablar con * persona|humano|alguien']),
    group('manager-request', 8, ['director*', 'gerente*', 'ceo']),
    group('public-exposure', 16, ['ir|acudir * a * prensa|medios|televisión', 'contactar|avisar|llamar * prensa|medios|periodistas', 'publicar|contar|difundir|denunciar * twitter|facebook|redes|todo el mundo', 'mala reseña|opinión|valoración', 'que todo el mundo', 'viral*', 'boicot*']),
    group('frustration', 12, [
      'inaceptable|inadmisible|vergüenza|vergonzos*|indignante|indignad*|indignación|escándalo*|escandalos*|lamentable*',
      'penos*|patétic*|ridícul*|desastre*|desastros*|nefast*|pésim*|pesim*|horrible*|terrible*|asqueros*|asco',
      'estafa*|estafador*|estafad*|timo|timad*|robo|ladrones|ladrón|fraude*|fraudulent*|engañ*|mentiros*|mentira*',
      'hart*|harta*|hartazgo|furios*|cabread*|cabreo|indignant*|insoportable*|intolerable*|incompetent*|incompetencia',
      'tomadura de pelo', 'me tienen|tenéis harto|harta', 'basta ya', 'no hay derecho', 'peor', 'una broma', 'pérdida de tiempo', 'caos', 'tercermundista',
    ], { negation: 'cancel', intensify: true }),
    group('frustration', 10, ['hijueputa*|hijoputa*|mierda*|joder|jodid*|puta*|puto*|coño|carajo|cojones|hostia*|gilipollas|imbécil*|idiota*|wtf|fuck*'], { negation: 'ignore' }),
    // "Odio…", "detesto…": hating something in the first person is frustration, as English "I hate".
    group('frustration', 7, ['odio|odiamos|detesto|detestamos'], { negation: 'cancel', intensify: true }),
    group('frustration', 7, [
      // Written from general knowledge of customer Spanish, not from the dev sets.
      'mienten|mintieron|mintió|mentir', 'roban|robar|robado|robada|robó', 'fracas*|mediocr*|negligen*|deficient*|deplorable*',
      'groser*|maleducad*|prepotent*|despreci*|chapucer*|caótic*', 'falta de respeto|seriedad|profesionalidad|educación',
      'poca seriedad|vergüenza|profesionalidad', 'no hay quien', 'cero profesionalidad|seriedad|empatía|atención',
      'sin vergüenza|verguenza', 'apesta|apestan|apestoso*', 'quilombo', 'tortura', 'indecen*', 'desagradable*',
      'decepción|decepcionad*|decepcionante*|frustra*|molest*|enfadad*|enojad*|cansad*|disgust*|insatisfech*|descontent*',
      'absurd*|increíble|irresponsable*|impresentable*|desastre|lamentablemente|discriminación|discrimina*|abuso*|abusiv*',
      'malísim*|fatal|chapuza*|cutre|porquería*|basura*|inútil*|tont*|estúpid*|sinvergüenza*|caradura*', 'en serio',
      'ineficaz|ineficaces|ineficacia|ineficient*|indecente*|impresentable*|desfachatez|abusiv*',
      'desesperante*|desesperad*|menudo|menuda|vaya * servicio|atención|compañía|empresa',
      'flipo|flipando|flipante', 'sin pies ni cabeza', 'me parece * fuerte', 'qué fuerte', 'falso|falsa|falsos|falsas', 'publicidad engañosa',
    ], { negation: 'cancel', intensify: true }),
    group('sarcasm', 12, ['gracias por nada', 'genial|enhorabuena|bravo|gracias * por * nada|perder|retras*']),
    group('repeat-contact', 10, ['tercera|cuarta|quinta|enésima vez', 'otra vez', 'una vez más', 'cuántas veces', 'varias|muchas|mil veces', 'ya * llamé|escribí|reclamé|expliqué|dije|envié|pedí|avisé', 'siempre lo mismo']),
    group('repeat-contact', 7, ['cada vez', 'todavía no', 'aún no', 'sigue|siguen|seguimos|sigo']),
    group('repeat-contact', 4, ['de nuevo', 'como siempre']),
    group('repeat-contact', 3, ['siempre']),
    group('repeat-contact', 4, ['otra|nuevamente|todavía|aún']),
    // Minutes or hours spent waiting, in any order: "92 minutos de espera", "dos horas esperando".
    group('waiting', 10, ['minutos|min|hora|horas|días * esperando|espera|cola', 'esperando|espera * minutos|min|hora|horas|días'], { negation: 'ignore', softInQuestion: true }),
    group('waiting', 10, ['esperando * desde|horas|días|semanas|meses', 'desde hace * horas|días|semanas|meses', 'sin|ninguna respuesta|noticias|solución', 'ni una respuesta|noticia|solución', 'nadie * responde|contesta|atiende|ayuda|llama|da|respondió|contestó|atendió|ayudó|llamó|responda|conteste|atienda|ayude|llame', 'sigo|seguimos * esperando|sin', 'ni caso', 'no * hacen|hace caso', 'ignor*', 'llevo|llevamos * horas|días|semanas|meses|esperando', 'cuánto tiempo|más', 'no contestan|responden|atienden|cogen', 'hay alguien', 'pasa|pasan|pasáis de mí|mi|nosotros', 'ni|no * dignan|dignado|dignaron|dignáis']),
    group('waiting', 4, ['esperar|espera|esperando|esperado', 'horas|días|semanas|meses * después|más tarde', 'desde ayer', 'desde el lunes|martes|miércoles|jueves|viernes']),
    group('update-chase', 6, ['alguna novedad|noticia|respuesta|actualización', 'hay noticias', 'seguimiento']),
    group('money', 10, ['cobrado|cobran|cobraron * dos veces|doble|de más', 'cobro indebido|doble', 'mi|nuestro dinero', 'devuelvan|devolver * dinero']),
    group('money', 7, ['reembols*|devolución|indemniza*|compensa*|reclamación|pagado|cobr*']),
    group('broken-expectation', 9, [
      'no ** ' + WORKS, 'nunca|jamás|ni * ' + WORKS, 'todavía|aún|sigue|siguen * sin', 'se supone', 'prometido|prometieron|prometen', 'dónde está|están * mi|mis|nuestra|nuestro',
      'qué pasa|pasó', 'queja*|quejarme|reclam*', 'imposible', 'de qué sirve', 'sin * internet|luz|conexión|servicio|línea|acceso|agua|maleta|maletas|valija|valijas|equipaje', 'me|nos han dejado tirad*', 'me|nos dejaron tirad*', 'me|nos falta|faltan', 'no hay manera|forma',
    ]),
    group('broken-expectation', 5, [
      'retras*|cancelad*|cancelación*|avería*|averiad*|roto*|rota*|error*|fallo*|falla*|problema*|perdid*|extraviad*|dañad*',
      'defectuos*|incorrect*|equivocad*|lent*|caíd*|bloquead*|overbooking|colas|cola|pierde|pierden|perdió|perdieron', 'por qué', 'porqué', 'a pesar',
      'no puedo|podemos|pude|pudimos|consigo|conseguimos|logro', 'me obliga|obligan|obligaron',
    ], { negation: 'cancel' }),
    // "debería estar preparado": like English "should be", a broken expectation in a complaint, not in a calm question.
    group('broken-expectation', 5, ['debería|deberían|debía|debían'], { softInQuestion: true }),
    // A remedy withheld: no explanation, no apology, no alternative, no warning.
    group('broken-expectation', 9, ['sin|ninguna|ningún|ni * explicación|explicaciones|disculpa|disculpas|alternativa|aviso|avisar|compensación'], { negation: 'ignore' }),
    // Stopped working: "dejó de funcionar".
    group('broken-expectation', 9, ['dejó|deja|dejan|dejaron|dejado de funcionar|andar|cargar|responder|encender|conectar|funcionando']),
    // Indignant questions: "¿Cómo es posible que…?", "No es normal que…".
    // Issue 11, fourth round (the German structures, where Spanish has them): a modal frame ("debería
    // haber llegado ayer"), again-not ("otra vez sin luz"), a busy line, lone praise after a complaint.
    group('broken-expectation', 9, ['debería|deberían|debía|debían|tendría|tendrían * haber', 'tenía|tenían que haber'], { softInQuestion: true }),
    group('broken-expectation', 9, ['otra vez|de nuevo sin|no']),
    group('waiting', 10, ['teléfono|línea|número * ocupad*|comunicando', 'está|están|sigue|siguen|da|dan comunicando', 'nadie coge|contesta * teléfono']),
    group('sarcasm', 10, ['^ genial|perfecto|estupendo|fantástico|maravilloso|bravo $'], { contextual: true }),
    group('broken-expectation', 9, ['cómo es posible', 'cómo puede ser', 'no es normal|lógico|aceptable', 'no es de recibo']),
    group('urgency', 8, ['producción * parada|caída', 'pérdida de datos', 'emergencia*', 'máxima prioridad']),
    group('urgency', 6, ['urgente*|urgencia|asap|crítico*|plazo', 'lo antes posible', 'cuanto antes', 'ya mismo'], { negation: 'cancel' }),
    group('negative', 5, [
      'mal|mala|malo|malos|malas|triste*|caro|caros|caras|carísim*|culpa|matar|difícil*|peligro*|miedo|preocupa*|grave*|muert*|muerte*',
      'accidente*|tragedia*|víctima*|herid*|crisis|guerra*|violencia*|odio|odiar|odio|sufr*|dolor*|pena|desgracia*',
      'incómod*|suci*|suciedad|calor|frío|apretad*|ruido*|mareo*|hambre|sed|peor|fatal|quejas', 'menos mal',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 5, [
      'atrasad*|retrasad*|tarde|esperas|demora*|colapso|caos|perdí|perdimos|perdieron|perdida|pérdida*|robaron|robo',
      'asco|odio|cansad*|aburrid*|llor*|horror|accidente|muert*|murió|mueren|víctima*|tragedia|huelga|huelgas',
      'cancelan|suprim*|despid*|quej*|multa*|sanción|sancion*|polémica|critica*|crítica*|protesta*|caros|carísimo',
      'timo|engaño|chapuza|desastroso|nefasto|penoso|cutre', 'una pasta', 'un ojo de la cara',
    ], { negation: 'cancel', intensify: true }),
    group('negative', 7, ['no * gusta|gustó|recomiendo|recomendable']),
    group('positive', -4, [
      'bien|bueno|buena|buenos|buenas|genial*|excelente*|perfect*|estupend*|maravill*|fantástic*|increíble|encantad*',
      'encanta|encantó|feliz|felices|content*|satisfech*|amable*|rápid*|rápida*|puntual*|cómod*|limpi*',
      'recomiendo|recomendable|mejor|mejores|enhorabuena|felicidades|felicitar*|bravo|guap*|guapa*|bonit*|precioso*',
      'lujo|top|chul*|disfrut*|ilusión|amor|amo|gusta|gustó|resuelto|solucionado', 'sin problemas', 'confianza|fiable|fiables', 'útil|útiles',
    ], { negation: 'flip' }),
    group('gratitude', -6, ['gracias|agradec*|agradecid*|agradecida*', 'mil|muchas gracias']),
    group('plain-question', -4, ['^ cómo|cuánto|cuánta|cuándo|dónde|cuál|cuáles|qué', '^ puedo|podéis|pueden|podría|podrían|se puede|hay|es posible|tienen|tenéis', 'una pregunta', 'quisiera', 'me gustaría', 'pregunta sobre']),
  ),
}));
