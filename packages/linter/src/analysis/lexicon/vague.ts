/**
 * Hollow and hedging terms in Dutch policy prose. Each entry says why it is vague (Dutch and English) and,
 * where one exists, a plainer alternative. An empty `alternatives` list means: delete it or be specific.
 */
import type { Localized } from '@scherp/corpus';

export interface VagueEntry {
  /** Stable id: the lower-case lemma. */
  term: string;
  /** Phrase patterns (see PhraseMatcher). */
  patterns: string[];
  alternatives: string[];
  reason: Localized;
}

const e = (term: string, patterns: string[], alternatives: string[], nl: string, en: string): VagueEntry => ({
  term,
  patterns,
  alternatives,
  reason: { nl, en },
});

const NO_CHECK = 'Zegt niet wat er concreet gebeurt of hoe je het controleert.';
const NO_CHECK_EN = 'Does not say what concretely happens or how to check it.';

export const VAGUE_LEXICON: VagueEntry[] = [
  e('borgen', ['borgen', 'borgt', 'borg', 'geborgd', 'borging', 'waarborgen', 'waarborgt', 'gewaarborgd'], ['vastleggen', 'controleren', 'regelen'],
    '‘Borgen’ zegt niet hoe: leg vast wie wat controleert of regelt.', '"Borgen" (safeguard) does not say how: state who records, checks or arranges what.'),
  e('stimuleren', ['stimuleren', 'stimuleert', 'stimuleer', 'gestimuleerd'], ['subsidiëren', 'verplichten', 'belonen'],
    '‘Stimuleren’ noemt geen middel: zeg of het om geld, een regel of hulp gaat.', '"Stimulate" names no instrument: say whether it is money, a rule or support.'),
  e('bevorderen', ['bevorderen', 'bevordert', 'bevorder', 'bevorderd'], ['vergroten', 'verplichten', 'betalen'],
    '‘Bevorderen’ zegt niet hoe of hoeveel.', '"Promote" says neither how nor how much.'),
  e('ondersteunen', ['ondersteunen', 'ondersteunt', 'ondersteun', 'ondersteund', 'ondersteunend'], ['betalen', 'helpen met', 'leveren'],
    'Welke steun: geld, mensen of kennis?', 'What support: money, people or expertise?'),
  e('faciliteren', ['faciliteren', 'faciliteert', 'faciliteer', 'gefaciliteerd'], ['mogelijk maken', 'betalen', 'regelen'],
    '‘Faciliteren’ verbergt wie wat doet.', '"Facilitate" hides who does what.'),
  e('versterken', ['versterken', 'versterkt', 'versterk', 'versterking'], ['uitbreiden met', 'verhogen tot'],
    'Versterken tot wanneer of hoeveel? Noem het doel.', 'Strengthen by how much, by when? Name the target.'),
  e('verbeteren', ['verbeteren', 'verbetert', 'verbeter', 'verbetering', 'verbeteringen'], ['verhogen tot', 'verlagen tot'],
    'Verbeteren is pas toetsbaar met een uitgangswaarde en een doel.', 'Improving is only checkable with a baseline and a target.'),
  e('optimaal', ['optimaal', 'optimale', 'optimaliseren', 'geoptimaliseerd', 'geoptimaliseerde'], [],
    'Optimaal volgens welke maat?', 'Optimal by which measure?'),
  e('effectief', ['effectief', 'effectieve'], [],
    'Effectief in welk opzicht? Noem het beoogde effect.', 'Effective in what respect? Name the intended effect.'),
  e('adequaat', ['adequaat', 'adequate', 'passend', 'passende'], [],
    'Wanneer is het adequaat of passend? Noem de norm.', 'When is it adequate? Name the standard.'),
  e('voldoende', ['voldoende', 'onvoldoende'], ['een getal'],
    'Hoeveel is voldoende? Noem een hoeveelheid.', 'How much is enough? Give a quantity.'),
  e('cruciaal', ['cruciaal', 'cruciale', 'essentieel', 'essentiële', 'van groot belang', 'van essentieel belang', 'belangrijk', 'het is belangrijk'], [],
    'Benadrukken maakt nog geen actie: zeg wat er moet gebeuren.', 'Emphasis is not an action: say what must happen.'),
  e('proactief', ['proactief', 'proactieve', 'actief', 'actieve'], [],
    'Zegt niet wat er anders gaat: beschrijf de handeling.', 'Does not say what changes: describe the action.'),
  e('regie', ['regie voeren', 'regie', 'regierol', 'sterke regie', 'stevige regie', 'strakkere regie'], ['beslissen over', 'opdracht geven'],
    '‘Regie’ zegt niet wie beslist en waarover.', '"Regie" (direction) does not say who decides about what.'),
  e('samenwerking', ['intensieve samenwerking', 'nauwe samenwerking', 'samenwerking intensiveren', 'gezonde samenwerking'], ['afspraken maken over'],
    'Samenwerken met wie, waarover en met welk resultaat?', 'Cooperate with whom, about what, with what result?'),
  e('meer aandacht', ['meer aandacht', 'aandacht voor', 'aandacht besteden'], ['geld voor', 'een regel voor'],
    'Aandacht is geen maatregel: noem wat er gebeurt.', 'Attention is not a measure: name what happens.'),
  e('meer middelen', ['meer middelen', 'extra middelen', 'voldoende middelen'], ['een bedrag'],
    'Noem het bedrag en wie het betaalt.', 'Name the amount and who pays.'),
  e('inzetten op', ['inzetten op', 'ingezet op', 'zet in op', 'zetten in op', 'inzet op'], ['doen', 'invoeren'],
    '‘Inzetten op’ belooft inspanning, geen resultaat.', '"Inzetten op" promises effort, not a result.'),
  e('aan de slag', ['aan de slag'], ['beginnen met'],
    'Aan de slag met wat, en wanneer is het klaar?', 'Get to work on what, and when is it done?'),
  e('in gesprek', ['in gesprek gaan', 'het gesprek aangaan', 'het gesprek aan te gaan', 'in gesprek'], ['afspreken', 'besluiten'],
    'Een gesprek is geen resultaat: zeg wat eruit moet komen.', 'A conversation is not a result: say what must come out of it.'),
  e('kaders', ['kaders', 'kader', 'kaderstellend', 'kaders scheppen', 'striktere kaders'], ['regels', 'eisen'],
    'Welke kaders? Noem de regel of eis.', 'Which framework? Name the rule or requirement.'),
  e('integraal', ['integraal', 'integrale', 'holistisch', 'holistische'], [],
    'Zegt niet wat er samenhangt of wie het overzicht houdt.', 'Does not say what is connected or who keeps oversight.'),
  e('duidelijk', ['duidelijke', 'duidelijk', 'heldere', 'helder'], [],
    'Duidelijk voor wie? Maak het concreet in plaats van het te beloven.', 'Clear to whom? Make it concrete instead of promising it.'),
  e('snel', ['snel', 'snelle', 'zo snel mogelijk', 'zsm', 'spoedig', 'dringend', 'op korte termijn', 'binnenkort', 'op termijn'], ['een datum'],
    'Geen termijn: noem een datum of periode.', 'No time limit: give a date or period.'),
  e('de komende tijd', ['de komende tijd', 'de komende jaren', 'voor de lange termijn', 'op de lange termijn'], ['een jaartal'],
    'Open einde: noem een jaartal of datum.', 'Open-ended: give a year or date.'),
  e('waar mogelijk', ['waar mogelijk', 'zo veel mogelijk', 'zoveel mogelijk', 'indien mogelijk', 'waar nodig', 'in principe', 'in beginsel'], [],
    'Een ontsnappingsclausule: wanneer geldt het wel en wanneer niet?', 'An escape clause: when does it apply and when not?'),
  e('soms', ['soms', 'vaak', 'regelmatig', 'in sommige gevallen'], ['een frequentie'],
    'Hoe vaak precies?', 'How often exactly?'),
  e('echt', ['echt', 'écht', 'daadwerkelijk', 'werkelijk', 'heel', 'zeer', 'enorm'], [],
    'Versterkend woord zonder inhoud: schrappen.', 'Intensifier without content: delete it.'),
  e('innovatief vermogen', ['innovatief vermogen', 'innovatiekracht', 'slagkracht', 'daadkracht', 'wendbaarheid', 'adaptief', 'adaptieve', 'wendbaar'], [],
    'Een eigenschap, geen handeling: wat doet de organisatie anders?', 'A quality, not an action: what does the organisation do differently?'),
  e('robuust', ['robuust', 'robuuste', 'toekomstbestendig', 'toekomstbestendige', 'toekomstvast', 'wendbare'], [],
    'Tegen welke storing of verandering bestand, en hoe toets je dat?', 'Resistant to which failure or change, and how is it tested?'),
  e('leidend', ['leidend', 'een leidende rol', 'leidende rol', 'centraal staan', 'centraal stellen', 'centrale focus', 'op de voorgrond'], [],
    'Wat verandert er als iets leidend of centraal is?', 'What changes when something is leading or central?'),
  e('een rol spelen', ['een rol spelen', 'een belangrijke rol spelen', 'rol spelen', 'actief een rol'], ['beslissen', 'betalen', 'uitvoeren'],
    'Welke rol? Noem de taak.', 'Which role? Name the task.'),
  e('ruimte voor', ['ruimte voor', 'ruimte bieden', 'ruimte geven'], [],
    'Ruimte in geld, tijd of regels? Noem hoeveel.', 'Room in money, time or rules? Say how much.'),
  e('bewustwording', ['bewustwording', 'bewustzijn', 'urgentiebesef', 'sense of urgency'], [],
    'Bewustzijn is geen resultaat: wat moet iemand daarna doen?', 'Awareness is not a result: what should someone then do?'),
  e('best practices', ['best practices', 'best practice', 'goede voorbeelden', 'lessons learned'], [],
    'Welke voorbeelden, en wie neemt ze over?', 'Which examples, and who adopts them?'),
  e('ambitie', ['ambitie', 'ambities', 'ambitieus', 'ambitieuze', 'streven', 'stip op de horizon'], ['doel met een datum'],
    'Een ambitie zonder maat of datum is niet te controleren.', 'An ambition without a measure or date cannot be checked.'),
  e('verder', ['verder professionaliseren', 'verder ontwikkelen', 'doorontwikkelen', 'doorontwikkeling', 'verdere'], [],
    'Verder tot waar? Noem het eindpunt.', 'Further to where? Name the end point.'),
  e('zorgvuldig', ['zorgvuldig', 'zorgvuldige', 'nauwkeurig', 'nauwkeurige', 'terughoudend'], [],
    'Wat is zorgvuldig genoeg? Noem de toets.', 'What counts as careful enough? Name the test.'),
  e('maatwerk', ['maatwerk', 'op maat'], [],
    'Maatwerk voor wie, en wie beslist erover?', 'Customisation for whom, and who decides?'),
  e('handelingsperspectief', ['handelingsperspectief', 'handvatten', 'handreiking'], [],
    'Wat kan iemand daarna concreet doen?', 'What can someone concretely do next?'),
];
