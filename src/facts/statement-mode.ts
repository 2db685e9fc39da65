/**
 * Statement mode: whether a sentence, list item or table cell reports something done ("Two external
 * red teams tested …"), points to where it is ("… are in section 4 of the model report"), or only
 * plans it ("we plan to red-team"), advises others to do it ("users should red-team"), denies it
 * ("no red teaming was conducted"), withholds it ("we do not disclose the parameter count"), supposes it
 * ("a model trained with more than 10^25 FLOP must …"), or holds a placeholder ("TBD", "coming soon"). Rules count evidence only in the modes they accept.
 *
 * Statements are found around an offset on demand and classified once per card (memoised on the
 * text's owner), so a card with no pattern hits pays nothing.
 */

import type { CardFacts } from '../model/card.js';
import { CHAT_NICK, CHAT_TIME, LEADING_EMOJI } from './mask.js';
import { columnAt, DELIMITER_ROW, lineFrom, rowCells } from './table-lines.js';
import { isTaskName, TASK_ITEM_OPENING } from './task-name.js';
import {
  clauseSubjectAt,
  DISCOURSE_OPENER,
  ownClausesText,
  ownNames,
  refersBack,
  subjectInText,
  titleGivesOthers,
  type StatementSubject,
  type SubjectCues,
} from './subject/index.js';

/** What the statement index needs of a card to judge subjects. */
export type SubjectSource = Pick<CardFacts, 'sections' | 'metadata' | 'text' | 'bodyStart'> & {
  subjectCues?: SubjectCues | null;
};

export const STATEMENT_MODES = [
  'reported',
  'linked',
  'planned',
  'advised',
  'negated',
  'withheld',
  'hypothetical',
  'placeholder',
  'asked',
  'retracted',
] as const;
export type StatementMode = (typeof STATEMENT_MODES)[number];

/**
 * Modes that carry no evidence for any duty: nothing has been done or shown yet, it is kept back, or an
 * edit withdrew it ("the statement … was posted in error and has been removed").
 */
export const NEVER_EVIDENCE: readonly StatementMode[] = [
  'planned',
  'withheld',
  'hypothetical',
  'placeholder',
  'asked',
  'retracted',
];

/**
 * A value that only denies ("| Penetration test | Not performed |", "Deployment guide: none", "C2PA: not attached",
 * "Marca de agua: no"): it says the
 * labelled activity did not happen, so it is no content for any duty, whatever a rule accepts.
 */
const BARE_DENIAL =
  /^[\s|*_:.✗✘✕❌-]*(?:[✗✘✕❌]|(?:not|never)(?: yet| formally| independently| publicly)? (?:prepared|drawn up|performed|conducted|done|carried out|applied|run|undertaken|implemented|available|provided|published|planned|evaluated|tested|assessed|audited|measured|tracked|recorded|attached|added|included|embedded|examined|tried|stated|given|documented|reported|mentioned|listed|specified|defined|determined|known)(?: (?:for|on|of|to|in|at|with|by) (?:this |the |our )?[^.;,:|]{1,40})?(?: (?:at (?:this|the present) time|yet|so far|currently))?|(?:non|nicht|no|niet) (?:disponible|verfügbar|disponibile|beschikbaar)s?(?: (?:pour|für|para|per|voor|dans|in|en|door|par|von|da|por) [^.;,:|]{1,40})?|none(?: (?:performed|conducted|done|provided|available|published|given|applied|implemented|named|appointed|designated|identified|specified|listed|reported|documented))?(?: (?:for|on) (?:this|the) (?:checkpoint|model|release|version))?|no|nein|non|nee|ninguno|ninguna|aucun|aucune|keine?|nessuno|nessuna|geen|(?:no|nicht|non|niet) (?:incluid[oa]s?|enthalten|inclus(?:e|es)?|inclus[oi]|opgenomen|aplicad[oa]s?|angewendet|appliqu[ée]e?s?|applicat[oi]|toegepast))[\s|*_.!·•]*$/i;

/** Whether a statement or cell only denies the activity its label names. */
export function isBareDenial(text: string): boolean {
  return text.length < 80 && (BARE_DENIAL.test(text) || boxesDeny(text));
}

/** Only a form's tick boxes, the ticked one a "No": "[ ] Yes  [x] No". */
// (A leading "☐" may already be read off as a symbol: "Yes ☒ No" is the same row.)
const BOXES_ONLY = /^[\s|*_:.-]*(?:\p{L}+\s+(?=[[☐☒☑✅]))?(?:(?:\[[ xX✓✔]\]|[☐☒☑✅])\s*\p{L}+[\s,;/]*)+[\s|*_.]*$/u;
function boxesDeny(text: string): boolean {
  return BOXES_ONLY.test(text) && ticksNo(text);
}

/** Whether the first ticked box of a text is a "No" and no "Yes" is ticked. */
function ticksNo(text: string): boolean {
  const ticked = TICKED_BOX.exec(text);
  return ticked !== null && TICKED_DENIAL.test(ticked[0]) && !TICKED_ASSENT.test(text);
}

/**
 * A compliance verdict given as a field's value ("Vendor response: Compliant", "| R-18 | … | Compliant |",
 * "Réponse : Conforme"): a self-assessment that names no measure, so it documents nothing of its own.
 */
const BARE_VERDICT =
  /^[\s|*_:.]*(?:(?:fully|partially|partly|largely|substantially) )?(?:compliant|complies|conformant|noted|acknowledged|accepted|agreed|conforme|partiellement conforme|cumple(?: parcialmente)?|erfüllt|teilweise erfüllt|voldoet(?: gedeeltelijk)?|gedeeltelijk conform|conforme parzialmente|parzialmente conforme)[\s|*_.!]*$/i;
/** A verdict still to come: "Will comply", "Under review", "Not yet compliant". */
const OPEN_VERDICT =
  /^[\s|*_:.]*(?:will comply|will be (?:fully )?compliant|to comply|under review|not yet compliant|compliance (?:planned|pending|in progress)|(?:se )?conformera|cumplirá|wird erfüllt|zal voldoen|sarà conforme)[\s|*_.!]*$/i;

/** Whether a value, under at most one more label ("Vendor response: …"), is only a verdict on compliance. */
function verdictOf(content: string): 'placeholder' | 'planned' | null {
  const value = content.replace(LEAD_LABEL, '');
  if (value.length > 60) return null;
  if (BARE_VERDICT.test(value)) return 'placeholder';
  return OPEN_VERDICT.test(value) ? 'planned' : null;
}

/** A statement never reaches further than this from the offset asked about (huge one-line cards). */
const MAX_REACH = 600;

const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
/** "Red teaming:" or "**Evaluation results** —" before the content of a labelled item. */
// A clause before the colon ("If you self-host it, protect your deployment: …") is no label, nor a URL's scheme.
/** A field's label before its value; a period only before a number ("Notification (Art. 52(1)):", "v1.2 notes:"). */
const LEAD_LABEL = /^(?!(?:if|when|before|once|please)\b)(?:[^:.!?\n]|\.(?= ?\d)){1,60}?(?::(?!\/\/)|\s[-–—]\s)\s*/i;
const DECORATION = /[*_`>#]+/g;
const CELL_END = /\s*\|\s*$/;
/** A sentence of four words or more ending in a colon (a label is shorter). */
const LIST_INTRODUCTION = /^\S+(?:\s+\S+){3,}\s*:$/;

const PLACEHOLDER =
  /^(?:tbd|tba|tbc|todo|to ?do|n\/?a|n\/d|none|nil|null|unknown|pending|wip|work in progress|coming soon|soon|not (?:yet )?(?:available|specified|disclosed|provided|applicable)|nicht (?:spezifiziert|angegeben|verfügbar|bekannt)|non (?:spécifiée?|précisée?|communiquée?|specificat[oa]|indicat[oa])|no (?:especificad[oa]|indicad[oa])|niet (?:gespecificeerd|opgegeven|vermeld)|\(?(?:empty|blank|leer|leeg|vide|vac[ií]o|vuoto)\)?|~|to be (?:added|announced|determined|confirmed|completed|updated|published|released|provided|defined|appointed|designated|named|decided|filed|documented)(?: later| soon)?|wordt nog (?:vastgesteld|bepaald)|nog te bepalen|noch (?:offen|festzulegen|zu bestimmen)|à (?:déterminer|définir|préciser)|por (?:determinar|definir)|da (?:definire|determinare|stabilire)|more information needed|more info needed|just guessing|just a guess|not sure|no idea|unsure|unclear|i (?:think|guess|believe|suppose) so|\[[^\]]*\]|""|''|\{\{.*\}\}|<[^>]*>|x{2,}|:?[-–—]+:?|\.{3}|…|\?+|lorem ipsum.*)(?:\s+\((?![^()]*(?:https?:|www\.|\/))[^()]{1,60}\))?\s*[.!]?$/i;

/** A short value marked as not yet settled: "Product Marketing (TBC)", "Q3 (TBD)". */
const UNCONFIRMED_VALUE = /^[^.;:()]{1,40}\((?:tbc|tbd|to be (?:confirmed|decided|determined))\)\W*$/i;

/**
 * A template's slot left in the text: "Transformers {{ transformers_version }}", "<insert email here>", "[your e-mail]",
 * "[Link to AUP — to insert]", "[To complete: …]", or a link to nowhere: an empty anchor "(#)" or a slot "(LINK_TO_LICENSE)".
 * (A link to example.org is not one: writers use the reserved domains for real addresses too.)
 */
const TEMPLATE_SLOT =
  /\]\((?:#|(?:LINK|URL)_TO(?:_[A-Z0-9]+)+)\)|\byour[-_.]?(?:e-?mail|name|address)@|@your[-_.]?(?:org|organi[sz]ation|company|domain|team|lab)\.|\b(?:e-?mail|name|user|contact)@(?:example|domain|company)\.(?:com|org)\b|\{\{[^{}\n]{1,80}\}\}|<(?:to be |please )?(?:insert(?:ed)?|add(?:ed)?|your|enter(?:ed)?|fill(?:ed)?|select(?:ed)?|choose|pick|complete[d]?)\b[^<>\n]{0,60}>|\[(?:insert|add|your|enter|fill in)\b[^\]\n]{0,60}\]|\[(?:link|url) to\b[^\]\n]{0,80}\](?![([])|\[(?:link|url|here)\](?![([])|\[[^\]\n]{0,60}\bto (?:be )?insert(?:ed)?\b[^\]\n]{0,60}\]|\[[^\]\n]{0,80}\binsert (?:from|here|later|below|above)\b[^\]\n]{0,40}\]|\[(?:to (?:be )?(?:complete[d]?|fill(?:ed)?(?: in)?|add(?:ed)?|write|written|do|document(?:ed)?)|todo|tbd|fixme)\b[^\]\n]{0,80}\]/i;
/**
 * An upper-case slot name ("<VERSION>", "<MODEL_NAME>", "[LICENCE NAME]", "[LINK]"); case matters, or HTML tags
 * would match. In brackets only several words or a slot's word: "[CLS]" and "[SYSTEM_PROMPT]" are special
 * tokens, and a bracket followed by a link target or reference ("[API](…)", "[MIT][1]") is a link's text,
 * unless the target is itself a slot for a link ("[LICENSE_NAME](LICENSE_LINK)"; "(MODEL_LICENSE)" is a file).
 */
const UPPER_SLOT =
  /\+X{1,3}(?:[ -]?X{2,4}){2,}|<[A-Z][A-Z0-9_]{2,40}>|\[(?:[A-Z][A-Z0-9-]*(?: [A-Z0-9-]+){1,5}|LINK|URL|DATE|NAME|E-?MAIL|CONTACT|ADDRESS|VERSION|LICEN[CS]E|COMPANY|PROVIDER|PLACEHOLDER|TBD|TODO)\](?![([:])|\]\((?:(?:[A-Z][A-Z0-9]*_)+(?:LINK|URL|HREF|HERE)|(?:YOUR|INSERT)(?:_[A-Z0-9]+)+)\)/;
/**
 * A lower-case slot of what belongs there ("<email>", "<link to report>", "<publisher name>", a type's slot "<int>"; no HTML
 * element is named so), or a two-word slot in square brackets ("[contact email]"; "[address]" may be a link's text).
 */
const LOWER_SLOT =
  /\[(?:contact (?:e-?mail|address|details|person)|e-?mail address|phone number)\](?![([])|<[a-z]+[ _-](?:name|e-?mail|address|url|link|contact)>|<(?:e-?mail|url|link|contact|address|name|phone|website|homepage|date|version|org(?:ani[sz]ation)?|company|team|repo(?:sitory)?|int|integer|float|number|string|bool|value|correo|contacto|courriel|adresse|kontakt|indirizzo|contatto|adres|nombre|nom|naam|fecha|datum)(?:(?:,\s?|[ _-])[\p{L}\p{N} ,-]{1,30})?>/iu;

/** A label that makes its value a plan: "Coming in v1.1:", "Planned:", "Roadmap —". */
/** A record's key for when something is still expected: "eu_representative.expected:", "release.target_date:", "audit_due:". */
const PLANNED_KEY =
  /^[\p{L}\p{N}_. -]{1,40}[._ ](?:expected|eta|target|due|planned|scheduled)(?:[._ ](?:date|by|on|for))?\s*:/iu;
const PLANNED_LABEL =
  /^(?:coming(?: soon| later| next| in| with)?|planned|upcoming|roadmap|future(?: work| releases?| versions?)?|next (?:release|version)|not yet (?:available|supported)|in progress|geplant|prévu|previsto|gepland)\b[^:]{0,30}(?::|\s[-–—]\s)/i;

/** A label that makes its value advice to the reader: "Tip:", "Best practice —", "Pro tip:", "PSA:", "Hinweis für Betreiber:". */
const ADVICE_LABEL =
  /^(?:(?:our|my) (?:general |usual |standard |honest |best |own )?(?:advice|recommendations?|tips?|suggestions?)|(?:pro )?tips?|best practices?|hints?|advice|good practice|psa|reminder|heads[- ]up|(?:note|guidance|recommendations?|advice) (?:to|for) (?:deployers|developers|users|integrators|operators)|conseils?|consejos?|consigli|tipps?|hinweis für (?:betreiber|entwickler|nutzer)\w*)\b[^:]{0,30}(?::|\s[-–—]\s)/i;

/** "TODO: describe the input format", "FIXME – add scores": a note to the author, not content. */
const TODO_NOTE = /^(?:todo|tbd|tba|fixme|xxx)\b/i;
/** A note that the field is still to be filled in or confirmed, in the card languages: "Nog in te vullen door team X", "à confirmer". */
const LEFT_TO_FILL =
  /^(?:(?:still |yet )?to be (?:filled in|filled out|completed|confirmed)|nog in te vullen|nog te (?:bevestigen|vullen)|noch (?:auszufüllen|zu ergänzen|zu bestätigen)|à (?:compléter|remplir|confirmer)|por (?:completar|rellenar|confirmar)|da (?:compilare|completare|confermare))(?![\p{L}])(?: (?:by|door|von|durch|par|por|da|dal|dalla|dai) [^.;]{1,40})?\s*[.!]?$/iu;
/**
 * A letter's courtesies, which say nothing of the model: a closing and the signature after it ("Kind regards,
 * Compliance Office, Aurel Labs", "Mit freundlichen Grüßen Team Compliance"), thanks or a note taken ("Thank you,
 * noted.", "Ne prendiamo atto, grazie."), a signature led by a dash ("— Tomasz Wrona, Aurel Labs Compliance"). A
 * signature with an address or a number gives a contact and is read as a statement.
 */
const SIGN_OFF =
  /^(?:(?:(?:kind|best|warm|warmest|many) )?regards|with (?:best|kind) regards|(?:yours )?sincerely(?: yours)?|yours (?:faithfully|truly)|(?:mit )?(?:freundlichen|besten|herzlichen) grüßen|(?:freundliche|beste|herzliche|viele) grüße|(?:bien )?cordialement|(?:sincères |meilleures )?salutations|atentamente|(?:un )?saludos?(?: cordiales)?|(?:cordiali|distinti) saluti|cordialmente|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?)(?![\p{L}])(?:[,.!]?\s+[^@\d:/\n]{0,100})?[.!]?$/iu;
const ACKNOWLEDGEMENT_WORDS = String.raw`(?:thank you|thanks|many thanks|noted|duly noted|apologies|understood|acknowledged|we (?:have )?(?:duly )?take?n? note(?: of (?:this|it|that))?|vielen dank|danke(?: schön)?|(?:zur kenntnis genommen|wir nehmen (?:dies|das) zur kenntnis)|merci(?: beaucoup)?|(?:c'est |bien )?noté|nous en prenons (?:bonne )?note|(?:muchas )?gracias|tomamos nota|grazie(?: mille)?|ne prendiamo atto|(?:ne )?abbiamo preso nota|(?:hartelijk )?bedankt|dank u(?: wel)?|genoteerd|wij nemen (?:hiervan|daarvan) kennis)`;
const ACKNOWLEDGEMENT = new RegExp(
  String.raw`^${ACKNOWLEDGEMENT_WORDS}(?:[,;.!]?\s*${ACKNOWLEDGEMENT_WORDS})*[.!]?$`,
  'iu',
);
const DASH_SIGNATURE = /^[—–]\s*\p{Lu}[^.!?;:@\d\n]{0,80}$/u;
/** A signature's team line alone: "Compliance Team", "Compliance Team, Aurel Labs", "L'équipe conformité", "Equipo de Cumplimiento". */
const TEAM_SIGNATURE =
  /^(?=[^,]*(?:compliance|legal|regulatory|conformit|cumplimiento|naleving))(?=[^,]*(?:team|office|department|desk|affairs|équipe|equipo|squadra|afdeling))(?:[\p{L}&'’-]+ ?){1,4}(?:,\s*(?:[\p{L}&.'’-]+ ?){1,4})?$/iu;

/** A chat's reaction, which says nothing of the model: "+1", "lol", "ok 👍", "nice, thanks". */
const REACTION =
  /^(?:[+-]1|lol|lmao|rofl|haha+|hehe+|ok(?:ay)?|kk?|nice(?: one)?|cool|great|awesome|agreed|same|this|yep|yup|sure|oof|ouch|wow|fair(?: enough)?|ty|thx|gg|ack)(?:[\s,.!]+(?:[+-]1|lol|ok(?:ay)?|nice|cool|thanks|thank you|ty|thx|agreed|same))*[\s.!]*$/i;

/** Whether a statement is only a courtesy: a letter's closing and signature, thanks, a note taken, a chat's reaction. */
function isCourtesy(text: string): boolean {
  return (
    SIGN_OFF.test(text) ||
    ACKNOWLEDGEMENT.test(text) ||
    DASH_SIGNATURE.test(text) ||
    TEAM_SIGNATURE.test(text) ||
    REACTION.test(text)
  );
}

/**
 * An answer that is only "no": "Not yet.", "Honestly, no.", "Nope", "Noch nicht.", "Pas encore." It denies what the
 * question asked, which the answer's other statements say, so it is no content of its own.
 */
/** A thread's note that its question went unanswered: "no maintainer reply", "no official answer yet", "keine Antwort". */
const NO_REPLY =
  /^(?:no|keine|pas de|sin|nessuna|geen) (?:[\p{L}-]+ )?(?:reply|replies|answer|answers|response|responses|Antwort|réponse|respuesta|risposta|antwoord)(?: (?:yet|so far))?[\s.!]*$/iu;
/** "No", "Nein", "Non", "Nee" alone: a cell's or field's answer to what its label asks ("| Allowed? |"). */
const BARE_ANSWER = /^(?:no|nein|non|nee)[\s.!]*$/i;
const SHORT_DENIAL =
  /^(?:(?:honestly|frankly|sadly|unfortunately|well|um+|uh+|nah|ehrlich gesagt|leider|franchement|malheureusement|sinceramente|lamentablemente|purtroppo|eerlijk gezegd|helaas),?\s+)?(?:no|nope|nah|not yet|not really|not at all|nein|noch nicht|nicht wirklich|non|pas encore|pas vraiment|todavía no|aún no|no todavía|non ancora|ancora no|nee|nog niet)(?:,?\s+(?:tbh|honestly|sorry|unfortunately|not yet|yet|leider|désolé|lo siento|purtroppo|helaas))?[\s.!…]*$/i;

/** An e-mail's subject line, which titles the message: "Subject: Re: Limitations", "Betreff: AW: …", "RE: Re: Licence". */
const MAIL_SUBJECT =
  /^(?:(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s*:\s*)?(?:(?:re|aw|fwd?|wg|tr|rv)\s*:\s*)+[^.!?;\n]{1,100}$|^(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s*:[^.!?;\n]{1,100}$/i;

/** A finding's rating, the reviewer's judgement rather than the card's content: "Severity: High", "Gravité : élevée", "Priority: P2". */
const FINDING_RATING =
  /^(?:severity|priority|risk (?:rating|level)|rating|criticality|likelihood|gravité|criticité|priorité|niveau de risque|schweregrad|kritikalität|priorität|risikostufe|gravedad|prioridad|nivel de riesgo|gravità|priorità|livello di rischio|ernst|ernstigheid|prioriteit|risiconiveau)\s*[:：]\s*(?:low|medium|moderate|high|critical|minor|major|informational|info|p[0-4]|[1-5](?:\s*\/\s*[45])?|élevée?|moyenne?|modérée?|faible|critique|mineure?|majeure?|hoch|mittel|niedrig|gering|kritisch|alta|alto|media|medio|moderada|baja|bajo|crítica|crítico|bassa|basso|critica|critico|hoog|gemiddeld|middel|matig|laag|kritiek)[\s.;,!]*$/iu;
/**
 * A tracker's workflow field, which says who handles a ticket or where it stands, not what the model is:
 * "Assignee: Amara Obi", "Bearbeiter: Lukas Brenner", "Status: Done", "Stato: Completato".
 */
const WORKFLOW_FIELD =
  /^(?:(?:assignee|assigned to|reporter|reviewer|watchers?|sprint|story points|due date|fix versions?|dri|eta|priority|prio|bearbeiter(?:in)?|zugewiesen an|assegnatari[oa]|asignad[oa] a|responsable asignado|toegewezen aan|behandelaar)\s*[:：]\s*[^.!?;:]{0,60}|(?:status|stato|estado|statut|state)\s*[:：]\s*(?:done|closed|resolved|completed?|open|reopened|to ?do|in progress|in review|blocked|scheduled|backlog|won'?t fix|erledigt|abgeschlossen|offen|in bearbeitung|completato|chiuso|aperto|in corso|terminée?|fermée?|ouverte?|en cours|hecho|cerrad[oa]|abiert[oa]|en curso|completad[oa]|klaar|gesloten|afgerond|in behandeling))[\s.·•|]*$/iu;
/** A ticket's key and title alone, a heading over its fields: "SAFE-56 · Red-teaming section", "GOV-18 — Contact block". */
const TICKET_TITLE = /^[A-Z][A-Z0-9]{1,9}-\d{1,6}(?:\s*[·•|]\s*|\s+[—–-]\s+)(?:[^\s.!?;:]+ ?){1,9}[\s·•|]*$/u;
/** A sentence that only says someone confirmed what came before: "Management confirmed this.", "La dirección lo ha confirmado." */
const CONFIRMED_ONLY =
  /^(?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+ (?:(?:has|have) confirmed (?:this|it|that|the above)|confirmed (?:this|it|that|the above)|(?:lo|la|l[o']) ha confirmado|l['’]a confirmée?|lo ha confermato|hat (?:dies|das|es) bestätigt|heeft (?:dit|dat|het) bevestigd)[\s.!]*$/iu;

/** A part of the document kept empty on purpose: "this clause is left intentionally blank", "this section is reserved". */
/** A template's instruction to its author: "Describe the components surrounding the model here.", "List the datasets below." */
const TEMPLATE_INSTRUCTION =
  /^(?:please )?(?:describe|provide|list|explain|add|insert|fill in|state|give|document|summari[sz]e|specify|enter|include|mention|name|link)\b[^.!?]{0,150}?\b(?:here|below|in this section)\s*[.!]?$/i;
/** A form's field whose value is a blank line to write on, a word at most before it: "Annex no.: Annex __", "Other: ______". */
const BLANK_TO_FILL = /:[*_]*\s*(?:[\p{L}.]+\s){0,2}_{2,}[\s.]*$/u;
const LEFT_BLANK =
  /\b(?:this|the present|that) (?:clause|section|field|item|paragraph|entry|point|part)\b[^.;]{0,30}?\b(?:is|has been|remains) (?:left )?(?:intentionally |deliberately )?(?:blank|empty|reserved)\b|\b(?:intentionally|deliberately) left (?:blank|empty)\b/i;

/** A pattern tested only when the statement (lower-cased, a space before it) holds one of `needles`: most
 * statements skip most patterns, and a large pattern is compiled only by the first statement that needs it. */
interface Guarded {
  needles: readonly string[] | null;
  pattern: RegExp;
}

function guarded(needles: readonly string[] | null, parts: readonly string[]): Guarded {
  return { needles, pattern: new RegExp(parts.join('|'), 'iu') };
}

/** Whether one of the guarded patterns matches `text` (`lower`: ' ' + text lower-cased). */
function matchesAny(groups: readonly Guarded[], text: string, lower: string): boolean {
  for (const { needles, pattern } of groups)
    if ((!needles || needles.some((needle) => lower.includes(needle))) && pattern.test(text)) return true;
  return false;
}

const PLANNED: readonly Guarded[] = [
  guarded(null, [
    // "A statement of the intended uses shall be issued as Annex B upon conclusion of the product review": still to come.
    String.raw`\bshall be (?:issued|provided|published|made available|prepared|drawn up|released|added|completed|finali[sz]ed|supplied|appended|circulated|communicated)\b[^.;]{0,80}?\b(?:upon (?:the )?(?:conclusion|completion|approval|finali[sz]ation|adoption)|(?:after|following) (?:the )?(?:conclusion|completion|approval|review|finali[sz]ation)|in due course|at a later (?:date|stage)|by (?:Q[1-4]|\d{4}|the end of))\b`,
    // "controls to be implemented in the next phase", "The vendor has committed to publish the summary": not done yet.
    String.raw`\bto be (?:implemented|introduced|put in place|established|set up|rolled out|completed|finali[sz]ed|defined)\b[^.;]{0,40}?\b(?:next|coming|later|future|subsequent|upcoming|following) (?:phase|release|version|quarter|sprint|iteration|cycle|year|month)\b`,
    String.raw`\b(?:has|have|is|are) committed to (?:publish(?:ing)?|releas(?:e|ing)|provid(?:e|ing)|appoint(?:ing)?|notify(?:ing)?|shar(?:e|ing)|deliver(?:ing)?|mak(?:e|ing) available|disclos(?:e|ing))\b`,
    // "Aurel Labs wird die Kommission … benachrichtigen": the German future, an infinitive after "wird".
    String.raw`\b(?:wird|werden) (?:[\p{L}\p{N}-]+ ){0,6}(?:benachrichtigen|veröffentlichen|bereitstellen|ernennen|benennen|durchführen|einrichten|informieren|vorlegen|nachreichen|übermitteln|publizieren|ergänzen|liefern)(?![\p{L}])`,
    // "Details follow in due course", "Angaben folgen zu gegebener Zeit", "suivront en temps utile".
    String.raw`\b(?:follows?|to follow|will follow) (?:in due course|later|shortly|at a later (?:date|stage))\b|(?<![\p{L}])(?:zu gegebener Zeit|en temps utile|a su debido tiempo|a tempo debito|te zijner tijd)(?![\p{L}])`,
    // "details in our upcoming security whitepaper": a document not yet out.
    String.raw`\b(?:in|see|from) (?:our|the|an?) (?:upcoming|forthcoming|future|next) (?:[\w-]+ ){0,3}(?:whitepaper|white paper|paper|report|documentation|post|card|release|version)\b`,
    // "is intended to be used for chat" says what the model is for, not a plan.
    String.raw`\b(?:plan(?:s|ned|ning)?|intends?|(?<!\b(?:is|are|was|were|be|been|not|primarily|mainly|only|solely|specifically|also|originally|explicitly|exclusively|strictly|generally) )intended|aim(?:s|ing)?|hope|expect) to\b`,
    // "We are planning Koru-2, … with an expected budget of 3 × 10^25 FLOP": a model not yet trained.
    String.raw`\b(?:we|i)(?:'re| are| am) (?:currently )?planning\b|\bexpected (?:training )?(?:budget|compute|size|release date)\b`,
    String.raw`\b(?:is|are) going to\b`,
    // "The licence for Aurel-3 may differ and is subject to change": what the statement names is not settled.
    String.raw`^[^;,.]{0,80}\b(?:is|are|remains?) (?:still |currently )?subject to change\b`,
    // "Release dates haven't been announced yet": still to come, not denied.
    String.raw`\b(?:has|have|is|are)(?:n't| not)(?: yet)? (?:been )?(?:announced|scheduled)\b[^.;]*\byet\b|\bnot yet (?:been )?(?:announced|scheduled)\b|\bnot yet (?:been )?(?:set|fixed|decided|determined|confirmed|finali[sz]ed)\b(?! (?:up|on|upon)\b)`,
    // "three quotes received, no decision yet", "nothing was decided": a choice still open.
    String.raw`\bno (?:final )?decision (?:has been |was |is )?(?:made |taken |reached )?yet\b|\bnothing (?:has been |was )?(?:decided|settled|agreed)(?: (?:yet|so far))?\b`,
    // A label's value that is still to happen: "EU representative: to be appointed before launch".
    String.raw`^(?:still |yet )?to be (?:set out|laid (?:out|down)|spelled out|worked out|covered|addressed|appointed|named|designated|published|released|announced|added|decided|determined|confirmed|completed|provided|shared|documented|defined|updated|written|set up|done|detailed|described|specified|explained|clarified|reported|filed|sent|submitted|notified|issued|signed|uploaded|linked|posted|attached|calculated|computed|estimated|finali[sz]ed|carried out|conducted|performed|evaluated|tested|assessed|audited|reviewed)\b`,
    // "The policy text is to be inserted once approved": a part of the document still to come.
    String.raw`\b(?:is|are) (?:still |yet )?to be (?:inserted|added|provided|completed|written|drawn up|uploaded|linked|attached|filled in|supplied|defined|finali[sz]ed)\b`,
    // "Benchmarks folgen, sobald …", "les résultats suivront", "los resultados seguirán": still to come.
    String.raw`(?<![\p{L}])(?:folg(?:en|t),? (?:\S+ ){0,3}?(?:sobald|später|in Kürze|bald|demnächst|noch)|suivront|seguirán|seguiranno|volg(?:en|t),? (?:\S+ ){0,3}?(?:later|zodra|binnenkort|nog))(?![\p{L}])`,
    // "Diagram to be inserted (see Figure X)": a part of the card still to be written.
    String.raw`^(?:[\w-]+ ){1,3}(?:still |yet )?to be (?:inserted|added|provided|completed|written|drawn|uploaded|linked|attached|filled in|supplied)\b`,
    // "We are drafting a policy and will publish it with 1.0", "Check back here for the release date".
    String.raw`\b(?:we|i)(?:'re| are| am) (?:currently |still )?(?:drafting|preparing|writing|working on|finali[sz]ing|instrumenting|setting up|building out|rolling out)\b`,
    // "Our lawyers are putting the finishing touches on a policy", "Licence: still being discussed with legal": not settled yet.
    String.raw`\b(?:is|are|'re) (?:currently |still |now )?(?:putting the finishing touches (?:on|to)|wrapping up|finishing up)\b|\bstill (?:being )?(?:discussed|decided|negotiated|worked out|debated|under discussion)\b|\b(?:is|are) (?:still )?under discussion\b`,
    // "Full evaluation numbers are coming in the technical report": what a document still to appear will hold.
    String.raw`\b(?:is|are|'re) (?:still )?coming (?:in|with) (?:the|a|an|our) (?:[\w.-]+ ){0,2}(?:report|paper|whitepaper|release|version|update|card|post|documentation)\b`,
    // "Public summary on Commission template will be put online before 02.08.2025": published later.
    String.raw`\bwill be (?:put|made|placed|brought) (?:online|public|live|available)\b`,
    // Telegraphic plans: "Weights release planned Q3/2025", "EU representative: under appointment, name follows", "API access soon".
    String.raw`(?<!\bas )\b(?:planned|scheduled|expected|targeted|foreseen)(?: for| in| by)? (?:Q[1-4]|H[12]|(?:19|20)\d\d\b|(?:early|mid|late|end of) |next (?:week|month|quarter|year|release|version)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\b(?:under|pending) (?:appointment|negotiation|selection)\b|\b(?:name|names|details|contact|figures|numbers|results|scores|link) (?:follows?|to follow|will follow)\b|^(?:[\w-]+ ){1,3}(?:coming )?soon\b`,
    // "Energieverbrauch wird noch gemessen, Zahlen folgen im Q4", "volgt in een latere versie", "suivra dans une version ultérieure".
    String.raw`(?<![\p{L}])(?:(?:wird|werden) (?:derzeit |gerade )?noch (?:gemessen|ermittelt|berechnet|erstellt|geprüft|bewertet|ausgewertet|erarbeitet|vorbereitet|dokumentiert|überarbeitet|ergänzt|aktualisiert|vervollständigt)|folg(?:t|en) (?:im|in|bis|ab|mit) (?:Q[1-4]|H[12]|\d{4}|(?:einer |der |dem )?(?:späteren|nächsten|kommenden|künftigen) )|volg(?:t|en) (?:in|bij|na|met) (?:een |de |het )?(?:latere|volgende|komende|toekomstige) |suivr(?:a|ont) (?:dans|avec) (?:une|la) (?:prochaine |future )?(?:version|mise à jour)|seguir(?:á|án) en (?:una|la) (?:próxima |futura )?(?:versión|actualización)|seguir(?:à|anno) (?:in|con) (?:una|la) (?:prossima |futura )?(?:versione|revisione))`,
    // "EU representative: in the process of being appointed": under way, not done.
    String.raw`\bin the process of (?:being )?(?:appoint|select|hir|recruit|draft|prepar|set(?:ting)? up|establish|finali[sz]|review|publish)\w*`,
    // "the legal team is still on it", "we're still working on this": not done yet.
    String.raw`\b(?:is|are|'s|'re) still (?:on it|on the case|working on (?:it|this|that|them))\b`,
    // "Acceptable use policy: coming with the v1.0 tag": a value that arrives with a later version.
    String.raw`^coming (?:with|in|alongside|at|before|after) (?:the )?(?:v?\d[\w.]*|next|first|stable|final|official|public|GA)\b`,
    // "Aurel Labs is preparing the summary on the Commission's template": the provider, by name, at work on a document.
    String.raw`^(?:[\p{L}\p{N}&.-]+\s){1,4}(?:is|are) (?:currently |still |now )?(?:drafting|preparing|finali[sz]ing|compiling|writing up) (?:the|a|an|its|their|our|this|these) `,
    // "We are searching a representative in the EU": a role still to be filled.
    String.raw`\b(?:we|i)(?:'re| are| am) (?:currently |still )?(?:searching|looking|seeking|in search)(?: for| of)? (?:an? |the |our )?(?:[\w-]+ ){0,3}?(?:representative|auditor|red[- ]?team(?:er)?s?|assessor|partner|contact person|mandatary)\b`,
    String.raw`\bcheck back (?:here |later |soon )?(?:for|later|soon|next (?:week|month)|in (?:a|two|three|a few) (?:days|weeks|months))\b|\bstay tuned\b|\b(?:more )?(?:details|info|information|news|updates?)(?: (?:coming|to come))? soon\b`,
    String.raw`\b(?:we|i)(?:'re| are| am)? look(?:ing)? forward to\b`,
    // "Release is foreseen for Q3", "It is foreseen to publish …"; "Aurel-3 is foreseen for summarisation" (a calque of
    // "intended for") names a use, not a time.
    String.raw`\b(?:is|are) (?:foreseen|envisaged|slated|earmarked) (?:to\b|(?:for|in|with) (?:(?:the |a )?(?:release|version|update|publication|launch|general availability|GA|next|coming|upcoming|following|end|beginning|start|(?:first|second|third|fourth|last) (?:half|quarter))\b|v?\d|Q[1-4]\b|H[12]\b|(?:early|mid|late|later)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:spring|summer|autumn|fall|winter)\b|\p{L}[\p{L}\p{N}]*[-_ ]v?\d|[^.;]*\b(?:next (?:year|quarter|month|release|version)|later this year|in (?:a )?future (?:release|version)s?)\b))`,
    // "A policy … is at present in elaboration", "is being drafted", "Target tasks are still to be filled in": not written yet.
    String.raw`\b(?:is|are) (?:at present |presently |currently |still |now )?(?:in (?:elaboration|preparation|redaction|drafting)|under preparation|being (?:drafted|prepared|written|elaborated|finali[sz]ed)|(?:still |yet )?to be (?:filled in|completed|written|drafted|defined|decided|determined))\b`,
    // "Incident reporting portal launching Q4 🔜": a launch still to come; 🔜 reads "soon".
    String.raw`\b(?:launching|arriving|landing|shipping|dropping|opening|going live|coming) (?:with [\w-]+ )?(?:in |by )?(?:Q[1-4]|H[12]|soon|later|next (?:week|month|quarter|year))\b|🔜`,
    String.raw`\bcoming soon\b|\bin due course\b|\bin the (?:works|pipeline)\b|\bon (?:our|the) (?:(?:19|20)\d\d |product |public |development )*roadmap\b`,
    String.raw`\bfuture (?:work|releases?|versions?|updates?)\b`,
    String.raw`\bin (?:a |the )?(?:future|upcoming|next|later|subsequent) (?:release|version|update|iteration|paper|report)s?\b`,
    String.raw`\b(?:tbd|tba)\b`,
    // "No training-content summary yet.": nothing there so far, still to come.
    String.raw`^(?:there (?:is|are) |we have |i have )?no (?:[\p{L}\p{N}-]+ ){1,4}yet\b`,
    String.raw`\bto be (?:added|announced|determined|published|released|provided|updated|completed|conducted|performed)\b`,
    String.raw`\bnot yet (?:been )?(?:published|released|available|conducted|performed|evaluated|tested|completed|assessed|red[- ]?teamed|run|done|started|begun)\b|\b(?:has|have)(?:n't| not) (?:yet )?(?:started|begun)\b[^.;]{0,40}\byet\b`,
    String.raw`\b(?:is|are) (?:still )?(?:under way|underway|in progress|pending|planned|forthcoming|upcoming|being prepared)\b`,
    // A value still awaited: "| Public summary | link pending |", "report pending publication".
    String.raw`\b(?:link|url|document|report|publication|details|results?|figures?|numbers?)s? (?:still )?pending\b|\bpending (?:[\w-]+ )?(?:publication|release|approval|sign-off|review)\b`,
    // "final terms announced at GA", "SOC 2 audit → planned 2026", "legal still choosing between …".
    String.raw`\b(?:announced|published|released|shared|decided|confirmed|finali[sz]ed) (?:at|before|upon|by) (?:GA|general availability)\b|\bplanned:? (?:for |in )?(?:Q[1-4] |H[12] )?(?:19|20)\d\d\b|\bstill (?:choosing|deciding|undecided|finali[sz]ing|working out)\b`,
    String.raw`\b(?:in preparation|under (?:development|preparation|(?:[\w-]+ )?review|revision)|being (?:developed|finali[sz]ed|written|appointed|prepared|drafted|reviewed|worked on|put together|compiled|recalculated|recomputed|revised|rewritten|redesigned|reworked|re-?evaluated|re-?measured|re-?checked|updated)|planned for|scheduled for|in the process of)\b|\b(?:figures?|details?|numbers?|values?|results?|scores?|estimates?|descriptions?|information|links?|urls?|documents?|polic(?:y|ies)|reports?|versions?) to follow\b`,
    String.raw`\b(?:later|early|next) (?:this|next) (?:year|quarter|month)\b|\bin the coming (?:days|weeks|months)\b`,
    // "no new release date has been set": a date still to come.
    String.raw`\bno (?:new |firm |fixed )?(?:[\w-]+ )?(?:date|timeline|schedule) (?:has been |is |was )?(?:set|fixed|announced|decided|confirmed)(?: yet)?\b`,
    String.raw`\b(?:in|during|by|with) (?:the )?(?:next|coming|following|upcoming) (?:quarter|months?|weeks|year|release|version)\b`,
  ]),
  guarded(
    ['will', "'ll"],
    [
      String.raw`\b(?:and|but|which|that) (?:then |we )?will (?:soon |later |then )?(?:publish|release|share|add|provide|announce|make|appoint|designate|notify|submit|hire|engage|commission|set up|establish|put in place|report|disclose|document)\b`,
      // "Kaito Labs will appoint an EU representative before launch": a subject's commitment (the patterns ignore case).
      // "Should Aurel-3 cross the threshold, Aurel Labs will notify the Commission": the same after the case it waits for.
      String.raw`^(?:as (?:a|an|the) [^,;.]{1,80},\s*|(?:should|if|once|when|where|in case|as soon as|before|ahead of|prior to|after) [^,;.]{1,100},\s*)?(?:[\p{L}\p{N}&.-]+\s|\([^()]{1,40}\)\s){1,6}will (?:soon |later |shortly |also |then )?(?:appoint|designate|notify|submit|hire|engage|commission|set up|establish|put in place|publish|release|sign|draw up|(?:carry out|conduct|undertake|complete|perform|prepare|deliver|supply) (?:(?:a|an|the|its|our|their) )?(?:[\w-]+ ){0,3}?(?:assessments?|evaluations?|audits?|red[- ]?team\w*|tests?|testing|reviews?|analys[ie]s|summary|report|notification|polic(?:y|ies)))\b`,
      // "A datasheet … will accompany the 1.0 release", "will be linked here before general availability".
      String.raw`\bwill (?:soon |later |also )?(?:accompany|follow|ship with|come with|appear|be linked|be attached|be posted|be uploaded|be part of)\b`,
      // "A dedicated reporting channel will open alongside the EU launch".
      String.raw`\bwill (?:soon |later |also |only )?(?:open|launch|go live|become available|start|begin|be opened|be launched)\b`,
      String.raw`\bwill (?:soon |later |shortly |also |then |eventually )?be (?:made(?= (?:in|once|after|when|before|by|as soon)\b)|(?:made )?(?:published|sent|filed|submitted|issued|given|released|available|added|shared|provided|updated|conducted|performed|run|announced|reported|disclosed|documented|described|detailed|included|completed|evaluated|tested|red[- ]?teamed|assessed|carried out))\b`,
      String.raw`\bwill (?:soon |later |shortly |also |then |eventually )?be (?:appointed|set up|established|designated|put in place|implemented|introduced|created|developed|launched|notified|submitted|prepared|made public|open[- ]sourced|finali[sz]ed|written|supported|enabled|adopted|drawn up|approved|signed|put into effect|chosen|selected|decided|determined|defined|confirmed|specified)\b`,
      // "The same protocol will be applied to Aurel-3 ahead of its API launch": done later, before a launch still to come.
      String.raw`\bwill be \w+ed\b[^.;]{0,60}\b(?:ahead of|before|prior to|after|following) (?:its|the|our|their) (?:[\w-]+ ){0,2}?(?:launch|release|general availability|rollout|roll-out)\b`,
      String.raw`\b(?:we|i|the team|our team)(?: will|'ll) (?:soon |later |also |further |shortly |then |eventually )?(?:publish|release|share|add|provide|update|conduct|perform|run|carry out|evaluate|test|red[- ]?team|report|document|assess|include|investigate|explore|follow up|notify|inform|submit|appoint|designate|set up|establish|put in place|introduce|implement|launch|engage|commission|hire|contract|involve|invite|organi[sz]e|begin|start|complete|extend|expand|link|post|announce|detail|describe)\b`,
    ],
  ),
  // "External red teaming might be commissioned before a wider release", "we may appoint a representative": a step
  // the provider may or may not take, which it has not taken. (What the reader may do, "issues may be reported
  // to …", and what the model may do, "outputs may contain errors", are other verbs.)
  guarded(
    ['may', 'might', 'could'],
    [
      String.raw`\b(?:may|might|could) (?:later |eventually |also |still |one day |in (?:the )?future )?be (?:released|added|published|commissioned|established|set up|put in place|documented|appointed|designated|adopted|introduced|chosen|selected|conducted|performed|carried out|notified|implemented|open[- ]sourced|made public)\b`,
      String.raw`\b(?:we|i|the team|our team) (?:may|might|could) (?:later |eventually |also |still |one day |in (?:the )?future )?(?:release|add|publish|commission|establish|set up|put in place|document|appoint|designate|adopt|introduce|choose|select|conduct|perform|carry out|notify|implement|open[- ]source|engage|hire)\b`,
    ],
  ),
  // A contract's promise of a step still to take: "Licensor shall, prior to placing the Model on the Union market,
  // appoint …", "shall publish the summary … no later than 2 August 2027", "shall report … in its next annual report";
  // "reserves the right, but assumes no obligation, to conduct red-team exercises"; "on such date … as Licensor may designate".
  guarded(
    ['shall', 'reserve'],
    [
      String.raw`^(?=[^.;]*\b(?:no later than|prior to|in (?:its|our|the) next|before (?:placing|the (?:release|launch)|release|launch|general availability))\b)[^.;]*?\b(?:licensor|provider|company|developer|we)\b[^.;]{0,80}?\bshall\b`,
      String.raw`\breserves? the right\b(?:,[^,]{1,60},)? to (?!(?:amend|modify|update|change|revise|terminate|suspend|revoke|restrict|withdraw|discontinue|enforce|audit)\b)`,
      String.raw`\bshall be made available on (?:such|a) date\b|\bas (?:the )?(?:licensor|provider|company|we) may (?:designate|determine|decide|specify)\b`,
    ],
  ),
  // "external red-teaming exercise, pending procurement", "pendiente de contratación": waiting on a step not taken.
  guarded(
    ['pending', 'pendiente', 'attente', 'attesa', 'ausstehend', 'afwachting'],
    [
      String.raw`\bpending (?:contract|contracting|procurement|hiring|approval|review|sign-?off|publication|completion|selection|appointment|confirmation|signature)\b|(?<![\p{L}])(?:pendientes? de|en attente d[e']|in attesa di|in afwachting van)(?![\p{L}])|(?<![\p{L}])ausstehend(?![\p{L}])`,
    ],
  ),
  // "… once our evaluation programme is complete": what waits for work still under way.
  guarded(
    ['once '],
    [
      String.raw`\bonce (?:our|the|its|this) (?:[\w-]+ ){0,4}?(?:is|are|has been|have been) (?:complete|completed|finished|done|final|finali[sz]ed|ready|concluded)\b`,
    ],
  ),
  // "We will make the notification to the Commission when …": a light verb and the act as its noun, still to be done.
  guarded(
    ['will', "'ll"],
    [
      String.raw`\b(?:we|i|the team|our team)(?: will|'ll) (?:make|do|file|send|prepare|write|deliver|give|carry) (?:the|a|an|our|this) (?:[\w-]+ ){0,2}?(?:notification|submission|filing|declaration|assessment|evaluation|publication|appointment|designation|red[- ]?teaming|audit|analysis|summary|report)\b`,
    ],
  ),
  guarded(
    [
      'wird',
      'werden',
      'erfolgt',
      'kürze',
      'demnächst',
      'folgt',
      'folgen',
      'geplant',
      'sera',
      'seront',
      'prochainement',
      'venir',
      'bientôt',
      ' se ',
      'será',
      'estará',
      'próximamente',
      'preparación',
      'sar',
      'breve',
      'prossimamente',
      'preparazione',
      'zal',
      'zullen',
      'binnenkort',
      'wordt later',
      'voorbereiding',
      'vorbereitung',
      'préparation',
      'en cours',
      'zodra',
      'kommend',
      'nächst',
      'prochain',
      'próxim',
      'prossim',
      'volgend',
      'komende',
      'remos',
      'rons',
      'remo',
      'werden wir',
      'wir werden',
      'zullen',
      'sobald',
      'derzeit',
      'befinden',
      'prévu',
      'previst',
      'kommt noch',
      'folgt noch',
      ' dran',
      'erscheint',
      'gepland',
      'prevemos',
      'prévoyons',
      'planen',
      'programma',
      'van plan',
      'befinde',
    ],
    [
      // "Tenemos previsto adoptar …", "Nous prévoyons de …", "Wir planen, …", "Abbiamo in programma di …", "We zijn van plan …".
      String.raw`\b(?:tenemos previsto|(?:está|queda) previsto|prevemos|nous prévoyons|il est prévu|wir planen|es ist geplant|abbiamo in programma|è previsto|we zijn van plan|het is de bedoeling)\b`,
      // "befindet sich in Abstimmung mit der Rechtsabteilung": still being agreed or drafted.
      String.raw`(?<![\p{L}])(?:befindet|befinden) sich (?:noch |derzeit |aktuell )?in (?:Abstimmung|Vorbereitung|Erarbeitung|Ausarbeitung|Arbeit|Entwicklung|Prüfung)(?![\p{L}])`,
      // The same in German, French, Spanish, Italian and Dutch.
      // "wird … veröffentlicht" is also the present passive ("Die Gewichte werden unter Apache 2.0 veröffentlicht"):
      // a plan only as "… veröffentlicht werden" or with a time still to come ("nach der Freigabe", "später");
      // "nach Zustimmung zu den Lizenzbedingungen" is a condition of access, not a time.
      String.raw`\b(?:wird|werden) (?:\S+ ){0,4}(?:veröffentlicht|bereitgestellt|ergänzt|nachgereicht|durchgeführt|benannt|eingerichtet|bekannt ?gegeben|angekündigt) werden\b|\b(?:wird|werden)\b(?=[^.;]*\b(?:nach(?! (?:Zustimmung|Annahme|Akzeptanz|Anmeldung|Registrierung|Bestätigung|Login)\b)|später|sobald|bis|künftig|zukünftig|im Laufe|noch|zur (?:allgemeinen )?Verfügbarkeit|zum (?:Launch|Marktstart|Release)|vor (?:(?:der|dem) )?(?:\p{L}+ )?(?:Markteinführung|Marktstart|Veröffentlichung|Verfügbarkeit|Freigabe|Start|Launch|Release))\b) (?:\S+ ){0,8}(?:veröffentlicht|bereitgestellt|ergänzt|nachgereicht|durchgeführt|benannt|bestellt|ernannt|eingerichtet|festgelegt)\b|\b(?:wird|werden) (?:\S+ ){0,4}nachgereicht\b|\berfolgt (?:\S+ ){0,3}vor (?:(?:der|dem) )?(?:\p{L}+ )?(?:Markteinführung|Marktstart|Veröffentlichung|Launch|Release)\b|\b(?:in Kürze|demnächst|folgt später|geplant)\b|^folg(?:t|en) (?:später|mit|nach|in)\b|(?<![\p{L}])(?:Beschreibung|Angaben?|Details|Informationen|Zahlen|Werte|Version)(?![\p{L}])[^.;]{0,40}(?<![\p{L}])folg(?:t|en)\.?$`,
      String.raw`\bser(?:a|ont) (?:\S+ ){0,3}(?:publiée?s?|disponibles?|ajoutée?s?|fournie?s?|réalisée?s?|désignée?s?|transmise?s?|envoyée?s?|soumise?s?|effectuée?s?|annoncée?s?|communiquée?s?|précisée?s?|rédigée?s?|établie?s?|élaborée?s?|finalisée?s?|complétée?s?|nommée?s?|menée?s?|conduite?s?|entreprise?s?|lancée?s?|organisée?s?|commandée?s?|exécutée?s?|mise?s? (?:en ligne|à jour|en place))(?![\p{L}])|(?<![\p{L}])(?:prochainement|à venir|bientôt)\b|\ben cours (?:de |d['’])(?:rédaction|élaboration|finalisation|préparation|rédiger)\b`,
      String.raw`\b(?:se [a-zñ]+(?:ará|erá|irá)n?|ser(?:á|án) [a-zñ]+(?:ad|id)[oa]s?|estará(?:n)? disponibles?|próximamente|en preparación)(?![a-zñáéíóú])`,
      String.raw`\bsar(?:à|anno) (?:\S+ ){0,3}(?:pubblicat[aoie]|disponibil[ei]|aggiunt[aoie]|condott[aoie]|nominat[aoie]|annunciat[aoie]|comunicat[aoie])\b|\b(?:a breve|prossimamente|in preparazione)\b`,
      String.raw`\b(?:zal|zullen) (?:\S+ ){0,3}(?:worden )?(?:gepubliceerd|toegevoegd|uitgevoerd|aangesteld|aangekondigd|bekendgemaakt)\b|\b(?:binnenkort|wordt later)\b`,
      // "wordt momenteel opgesteld en zal vóór de ingebruikname … worden bezorgd": being drafted, to be delivered.
      String.raw`(?<![\p{L}])(?:(?:wordt|worden) (?:momenteel|op dit moment|nog|thans) (?:opgesteld|voorbereid|uitgewerkt|geschreven|afgerond)|(?:zal|zullen)(?![\p{L}])[^.;]{0,100}?(?<![\p{L}])worden (?:bezorgd|geleverd|verstrekt|gepubliceerd|toegevoegd|aangeleverd|bijgevoegd|overgemaakt|uitgevoerd|opgesteld))(?![\p{L}])`,
      // "in voorbereiding; wordt ingediend zodra …", "in Vorbereitung", "en cours de préparation": not done yet.
      String.raw`\b(?:in voorbereiding|in Vorbereitung|en (?:cours de )?préparation)\b|\b(?:wordt|worden) (?:\S+ ){0,4}(?:ingediend|gepubliceerd|toegevoegd|uitgevoerd|aangesteld|aangewezen|verstrekt) zodra\b`,
      // "publication prévue avant le 2 août", "geplant für Q3", "prevista entro giugno", "prevista para", "gepland voor".
      // "Eine Copyright-Policy kommt noch, bin dran!", "technischer Bericht erscheint Q4/2025": still to come, said plainly.
      String.raw`(?<![\p{L}])(?:kommt noch|folgt noch|(?:bin|sind) dran|erscheint (?:im |in |voraussichtlich |bald |demnächst )?(?:Q[1-4]|H[12]|\d{4}|bald|demnächst|später))(?![\p{L}])`,
      String.raw`\b(?:prévue?s?|prevista|previsto|previste|previsti) (?:avant|pour|d'ici|en|au|avec|entro|per|para|antes de|en el|con)\b|\bgepland (?:voor|in|tegen)\b|\bgeplant (?:für|bis|im|zum)\b`,
      // A time still to come: "im kommenden Quartal", "à la prochaine version", "en los próximos meses", "nel prossimo trimestre", "volgend kwartaal".
      String.raw`\b(?:kommenden|nächsten|folgenden) (?:Quartal|Monaten?|Wochen|Jahr|Version|Release)\b|\bprochain(?:e|s|es)? (?:trimestre|mois|semaines|année|version|mise à jour)\b|\bpróxim[oa]s? (?:trimestre|mes|meses|semanas|año|versión)(?![\p{L}])|\bprossim[oaie] (?:trimestre|mes[ei]|settimane|anno|versione)\b|\b(?:volgend|komend)e? (?:kwartaal|maanden|weken|jaar|versie|release)\b`,
      // "habilitaremos un procedimiento", "nous publierons", "attiveremo", "werden wir … einrichten", "zullen we".
      // "Name und Kontaktdaten ergänzen wir hier, sobald das Mandat unterzeichnet ist", "wir benennen derzeit einen Bevollmächtigten".
      String.raw`\b(?:ergänzen|veröffentlichen|nennen|reichen|liefern|teilen) wir\b[^.;]{0,60}\b(?:sobald|nach)\b|\bwir (?:benennen|ernennen|bestellen|erstellen|bereiten|prüfen) (?:\S+ )?(?:derzeit|gerade|aktuell)\b|\b(?:derzeit|gerade|aktuell) (?:in (?:Vorbereitung|Arbeit|Prüfung)|benannt|erstellt)\b`,
      // "Wir … werden diese Modellkarte aktualisieren, sobald …": werden with an infinitive is the future; "befinden uns derzeit im Auswahlprozess".
      String.raw`\b(?:wir|[Ss]ie) werden\b[^.;]{0,80}\b(?:aktualisieren|ergänzen|veröffentlichen|nachreichen|benennen|ernennen|bereitstellen|durchführen|einrichten|nennen|nachtragen|mitteilen)\b|\bwerden (?:\S+ ){0,6}(?:aktualisieren|ergänzen|nachreichen|nachtragen)\b|\bbefinden (?:uns|sich) (?:derzeit |gerade |aktuell |noch )?(?:im|in der) \p{L}*(?:prozess|phase|Vorbereitung|Auswahl)\b`,
      String.raw`(?<![\p{L}])(?:[a-zñáéíóú]+(?:aremos|eremos|iremos)|(?:pondr|har|tendr|dispondr|habilitar|saldr|vendr)emos)(?![\p{L}])|\bnous [a-zéèêàç]+rons\b|(?<![\p{L}])[a-zàèéìòù]+(?:eremo|iremo)(?![\p{L}])|\b(?:werden wir|wir werden|zullen we|we zullen|wij zullen)\b`,
    ],
  ),
  // "Stiamo completando la nomina", "Estamos preparando la política", "nous sommes en train de rédiger", "wir sind dabei,
  // … zu benennen", "we zijn bezig met": work on it under way, not done.
  guarded(
    ['stiamo', 'estamos', 'en train de', 'dabei', 'bezig met'],
    [
      String.raw`(?<![\p{L}])(?:stiamo (?:ancora )?(?:completando|preparando|redigendo|definendo|lavorando|finalizzando|ultimando|scrivendo|valutando)|estamos (?:todavía )?(?:preparando|completando|ultimando|redactando|definiendo|trabajando|finalizando|escribiendo|evaluando)|(?:nous sommes|on est) (?:encore )?en train de|wir sind (?:gerade |noch |derzeit )?dabei|(?:we|wij) zijn (?:nog |momenteel |op dit moment )?bezig met)(?![\p{L}])`,
    ],
  ),
  // "wordt opgevraagd bij de leverancier en later toegevoegd": added later, so not there now.
  guarded(
    ['later'],
    [
      String.raw`(?<![\p{L}])later (?:toegevoegd|aangevuld|gepubliceerd|bezorgd|verstrekt|opgenomen|nachgereicht|ergänzt|hinzugefügt)(?![\p{L}])`,
    ],
  ),
  // "Er wordt een gemachtigde … aangesteld voordat Aurel-3 op de markt komt": the present passive of a step before launch.
  guarded(
    ['voordat', 'vóór'],
    [
      String.raw`\b(?:wordt|worden) (?:\S+ ){0,6}(?:ingediend|gepubliceerd|toegevoegd|uitgevoerd|aangesteld|aangewezen|verstrekt|benoemd) (?:voordat|vóór)(?![\p{L}])`,
    ],
  ),
  // A group of its own: its needles are common letter runs, which would open the group above to statements it was not written for.
  guarded(
    ['era', 'ira', 'ront', 'dra', 'tra', 'ará', 'erá', 'irá', 'rà', 'wird ', 'werden ', 'zal ', 'zullen ', 'dabei'],
    [
      // The provider's future in the third person: "Halvard désignera un mandataire", "publicará", "nominerà",
      // "der Anbieter wird einen Bevollmächtigten benennen", "zal een gemachtigde aanwijzen".
      String.raw`(?<![\p{L}])(?:désign|publi|fourn|nomm|communiqu|annonc|réalis|effectu|ajout|intégr|précis|transmett|soumett|rend|mett|notifi|complét)(?:e|i)?(?:ra|ront)(?![\p{L}])|(?<![\p{L}])(?:design|public|nombr|comunic|anunci|realiz|proporcion|añad|incorpor|notific|complet)(?:ará|erá|irá)n?(?![\p{L}])|(?<![\p{L}])(?:design|pubblic|nomin|forn|comunic|annunc|effettu|aggiung|notific|complet)h?(?:erà|irà)(?:nno)?(?![\p{L}])|\b(?:wird|werden) (?:\S+ ){0,6}(?:benennen|ernennen|veröffentlichen|bereitstellen|durchführen|einrichten|nachreichen|mitteilen|bekanntgeben|vorlegen)\b|\b(?:zal|zullen) (?:\S+ ){0,5}(?:aanwijzen|publiceren|benoemen|aanstellen|toevoegen|uitvoeren|bekendmaken|aankondigen|verstrekken|indienen)\b`,
      // "Wir sind derzeit dabei, einen Bevollmächtigten … zu benennen": in the course of doing it.
      String.raw`\b(?:sind|ist|bin) (?:derzeit |gerade |aktuell |noch )?dabei,? [^.;]{0,80}\bzu \p{L}+`,
    ],
  ),
  // "arriverà con la versione 3.5": what is still to come; a promise with its subject left out.
  guarded(
    ['arriver', 'verr', 'will '],
    [
      // "Il supporto per le immagini arriverà con la versione 3.5", "verrà pubblicato".
      String.raw`(?<![\p{L}])(?:arriver(?:à|anno)|verr(?:à|anno) (?:\p{L}+ ){0,2}?(?:pubblicat|rilasciat|aggiunt|introdott|fornit|resa|res[oi] disponibil)\p{L}*)(?![\p{L}])`,
      // "will put up the summary before August": a promise with its subject left out.
      String.raw`^will (?:\w+ ){0,2}?(?:put up|publish|release|add|provide|share|post|write|upload|appoint|notify|run|do)\b`,
    ],
  ),
  // What is under way in a conversation: "the contract should be signed soon", "it's on my list for next time",
  // "the team is drafting it now", "que saldrá después de NeurIPS".
  guarded(
    [
      'soon',
      'shortly',
      'list',
      'drafting',
      'filling',
      'finalising',
      'finalizing',
      'putting together',
      'working on',
      "'ll",
      '’ll',
    ],
    [
      String.raw`\bshould (?:be )?(?:[\w-]+ ){0,2}(?:soon|shortly)\b`,
      String.raw`\bon (?:my|our|their|the team's) (?:to-?do |todo )?list\b`,
      String.raw`\b(?:we|i)(?:'ll|’ll) (?:soon |later |then |also )?(?:announce|publish|release|share|add|update|provide|post|link|document|appoint|notify|fill in|write up)\b`,
      String.raw`\b(?:is|are|'re|’re|'s|’s) (?:currently |still |now |busy )?(?:drafting|filling (?:in|out)|finali[sz]ing|putting together|still working on)\b`,
    ],
  ),
  // "La nomina … è prevista prima del lancio", "sono previsti", "est prévue", "ist geplant", "wordt gepland": planned.
  guarded(
    ['previst', 'pianificat', 'programmat', 'prévu', 'planifié', 'geplant', 'gepland'],
    [
      String.raw`(?<![\p{L}])(?:(?:è|sono) (?:previst[oaie]|pianificat[oaie]|programmat[oaie])(?! per(?![\p{L}]))|(?:est|sont) (?:prévue?s?|planifiée?s?)(?! pour(?![\p{L}]))|(?:ist|sind|wird|werden) (?:\p{L}+ )?geplant|(?:is|zijn|wordt|worden) gepland)(?![\p{L}])`,
    ],
  ),
  guarded(
    ['saldr', 'uscir', 'sortir', 'paraîtr', 'demnächst', 'binnenkort'],
    [
      String.raw`(?<![\p{L}])(?:saldrá|saldrán|uscirà|usciranno|sortira|sortiront|paraîtra|paraîtront|erscheint demnächst|erscheinen demnächst|verschijnt binnenkort|verschijnen binnenkort)(?![\p{L}])`,
    ],
  ),
  // Plans in the card languages: "prevede di estendere", "tiene previsto publicar", "prévoit de publier", "zal … publiceren",
  // "in Gesprächen, um … zu benennen", "in talks to appoint", "a decision is expected in Q2".
  guarded(
    [
      'preved',
      'intend',
      'previsto',
      'planea',
      'prevé',
      'prévoi',
      'envisag',
      'zal ',
      'zullen',
      'van plan',
      'gesprächen',
      'talks',
      'discussions',
      'negotiations',
      'expected',
      'erwartet',
      'attendue',
      'espera',
      'attesa',
    ],
    [
      String.raw`(?<![\p{L}])(?:prevede|prevedono|prevediamo|intende|intendono|intendiamo|pianifica|pianificano) di\b(?! default)|(?<![\p{L}])(?:planea|planean|planeamos|prevé|prevén|prevemos|(?:tiene|tienen|tenemos) previsto)\s+\p{L}+(?:ar|er|ir)(?![\p{L}])|(?<![\p{L}])(?:prévoit|prévoient|prévoyons|envisage|envisagent|envisageons|projette|projettent|projetons) (?:de |d['’])`,
      String.raw`(?<![\p{L}])(?:zal|zullen) (?:[\p{L}\p{N}-]+ ){0,8}?(?:publiceren|bekendmaken|benoemen|aanstellen|uitvoeren|verstrekken|delen|toevoegen|leveren|uitbrengen|vrijgeven|aanwijzen|melden|informeren|rapporteren|uitbreiden)(?![\p{L}])|(?<![\p{L}])(?:is|zijn) van plan\b`,
      String.raw`(?<![\p{L}])in Gesprächen,? um\b|(?<![\p{L}])(?:Entscheidung|Ernennung|Benennung|Veröffentlichung) wird (?:[\p{L}\p{N}-]+ ){0,4}erwartet(?![\p{L}])|\bin (?:talks|discussions|negotiations)(?: with [^.;]{1,40}?)? (?:to|about|on|over)\b|\b(?:decision|announcement|appointment|publication)s? (?:is|are|was) expected\b|(?<![\p{L}])(?:une décision est attendue|se espera una decisión|una decisione è attesa)(?![\p{L}])`,
    ],
  ),
];

const AUDIENCE = String.raw`(?:users?|developers?|deployers?|teams|you|organi[sz]ations|companies|businesses|institutions|downstream (?:users?|developers?|providers?|deployers?|apps|applications|systems|products|services)|practitioners|integrators?|(?:downstream )?fine-?tuners|licensees?|recipients?|subscribers|(?:data )?controllers?|providers of (?:[\w-]+ ){0,3}models|operators|anyone|everyone|those (?:deploying|using)|(?:application|system|product) (?:developers|builders|providers|owners)|providers of (?:[\w-]+ ){0,3}(?:systems?|applications?|products?|services?)|customers?|clients?|buyers?|purchasers?|contracting authorit(?:y|ies)|procuring (?:entit(?:y|ies)|authorit(?:y|ies))|contributors|providers(?= (?:building|integrating|deploying|using)\b)|people(?= (?:contributing|using|building|deploying|integrating|fine-?tuning)\b)|researchers|investigators|scientists|clinicians|analysts|adopters|implementers|integrators?|business units|(?:data|system|product|model|risk) owners|(?:AI )?labs|beneficiaries|(?:funded |follow-on |follow-up )?projects|(?:downstream )?(?:applications|apps|integrations|deployments)(?= (?:built|based|running|that|which|using)\b))`;
/** A label that puts what follows on the reader: "Licensee shall: (a) store the weights …", "Deployers must:". */
const OBLIGATION_LABEL = new RegExp(
  String.raw`^(?:the )?${AUDIENCE} (?:shall|must|should|agrees? to|undertakes? to|is required to|are required to)\s*:`,
  'i',
);
const ADVISED: readonly Guarded[] = [
  guarded(null, [
    // "Recomendamos a los integradores hacer sus propias pruebas", "Nous recommandons aux intégrateurs de …": advice to those who build on it.
    String.raw`(?<![\p{L}])(?:recomendamos|aconsejamos|sugerimos|recommandons|conseillons|suggérons|empfehlen|raten|raccomandiamo|consigliamo|suggeriamo|adviseren|raden)(?![\p{L}])[^.;]{0,20}?(?<![\p{L}])(?:integrador|usuari|desarrollador|responsables|intégrat|utilisat|développeu|déployeu|Integrator|Nutzer|Entwickler|Betreiber|Anwender|integrator|utent|sviluppator|operator|gebruiker|ontwikkelaar)\p{L}*`,
  ]),
  // "Le pouvoir adjudicateur devrait s'assurer …", "Der Auftraggeber sollte …", "De aanbestedende dienst moet …": one
  // reader, the buyer or the deployer, and what it should do.
  guarded(
    ['devrait', 'doit', 'sollte', 'muss', 'debería', 'debe', 'dovrebbe', 'deve', 'moet', 'zou'],
    [
      String.raw`(?<![\p{L}])(?:(?:(?:le|la|chaque) |l['’])(?:pouvoir adjudicateur|autorité contractante|acheteur(?: public)?|déployeur|utilisateur|intégrateur|client)|(?:der|die|jeder|jede) (?:öffentliche )?(?:Auftraggeber(?:in)?|Vergabestelle|Betreiber(?:in)?|Nutzer(?:in)?|Anwender(?:in)?|Kunde|Kundin)|(?:el|la|cada) (?:órgano de contratación|poder adjudicador|entidad contratante|usuario|cliente|responsable del despliegue)|(?:(?:la|il|lo|ogni) |l['’])(?:stazione appaltante|amministrazione aggiudicatrice|committente|utente|cliente|utilizzatore)|(?:de|het|elke|iedere) (?:aanbestedende dienst|opdrachtgever|gebruiker|klant|gebruiksverantwoordelijke|exploitant))(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:devrait|doit|sollte|muss|debería|debe|dovrebbe|deve|moet|zou\b[^.;]{0,60}\bmoeten)(?![\p{L}])`,
    ],
  ),
  // "Partijen die Aurel-3 inbouwen, doen er goed aan zelf te red-teamen", "would do well to test": advice, politely put.
  guarded(
    [
      'goed aan',
      'do well to',
      'gut beraten',
      'gut daran',
      'intérêt à',
      'feraient bien',
      'harían bien',
      'farebbero bene',
    ],
    [
      String.raw`(?<![\p{L}])(?:doen er goed aan|doet er goed aan|would do well to|(?:sind|ist|wären|wäre) gut beraten|täten gut daran|(?:ont|auraient|a|aurait) (?:tout )?intérêt à|feraient bien de|harían bien en|farebbero bene a)(?![\p{L}])`,
    ],
  ),
  // "As a minimum, such a policy should set out prohibited uses": what a document ought to hold, not what one holds.
  guarded(
    ['such '],
    [
      String.raw`^(?:(?:as|at) a minimum,? |ideally,? |in (?:our|my) view,? )?such (?:an? )?(?:[\w-]+ ){0,2}?(?:polic(?:y|ies)|documents?|summar(?:y|ies)|reports?|cards?|plans?|procedures?|process(?:es)?|measures?|channels?|sections?|descriptions?) (?:should|must|ought to|would need to|needs to|need to)\b`,
    ],
  ),
  // "If you want to connect it to tools, you can wrap it in a LangChain agent": a suggestion to the reader.
  guarded(
    ['you'],
    [
      String.raw`^(?:if|when|should|in case) you (?:want|wish|need|would like|prefer|plan|intend)\b[^.;]{0,150}\byou (?:can|could|may|might)\b`,
    ],
  ),
  guarded(
    [
      'should',
      'must',
      'shall',
      'need',
      'ought',
      'have to',
      'has to',
      'advis',
      'encourag',
      'urg',
      'expected',
      'required',
      'responsible',
      'responsibility',
      'verantwortlich',
      'responsab',
      'verantwoordelijk',
      'sollten',
      'müssen',
      'sollen',
      'doivent',
      'devraient',
      'deben',
      'deberían',
      'devono',
      'dovrebbero',
      'moeten',
      'recommend',
      'suggest',
      'essential',
      'important',
      'crucial',
      'necessary',
      'please',
      'be sure',
      'make sure',
      'consider',
      'remember',
      'do not',
      "don't",
      'never',
      'if you',
      'when you',
      'before you',
      'before ',
      'prior to',
      'when ',
      'once ',
      'after ',
      'your',
      'once you',
      ' sie ',
      'ez ',
      'veuillez',
      ' put ',
      ' place ',
      ' wrap ',
      ' route ',
      ' sandbox ',
      ' isolate ',
      ' rate-limit ',
      ' gate ',
      ' log ',
      ' monitor ',
      ' moderate ',
      ' screen ',
      ' filter ',
      ' restrict ',
      ' limit ',
    ],
    [
      // Not in a relative clause: "we provide safeguards that developers should deploy" reports what the provider offers.
      String.raw`(?<!\b(?:that|which|whom?) )\b${AUDIENCE}(?: \([^()]{1,40}\))?(?: (?:who|that) [^.;:]{1,120}?|, (?:as|being|acting as) [^.;:,]{1,100},| [a-z-]+ing [^.;:]{1,80}?| (?:built|based|deployed) (?:on|upon|with|atop) [^.;:,]{1,60}?| (?:of|at|in|from)(?: [\w-]+){1,5}|(?: [\w-]+){0,3}) (?:should|must|shall|need to|needs to|ought to|have to|has to|would do well to|are (?:solely |fully |entirely |themselves |strongly |therefore |also |hereby |kindly )?(?:advised|encouraged|urged|expected|required|responsible|recommended to|reminded (?:that|to))|is (?:solely |fully |entirely |strongly |therefore |also |hereby |kindly )?(?:advised|encouraged|required|responsible|recommended to))\b`,
      String.raw`\bwe (?:strongly )?(?:recommend|advise|encourage|suggest|urge)\b`,
      // "Aurel Labs recommends that integrators document each use case", "advises customers to test": the provider's advice to them.
      String.raw`\b(?:recommends?|advises?|encourages?|urges?|suggests?|recommended|advised|encouraged|urged|suggested)(?: that)? (?:all |each |every |the |its |our )?${AUDIENCE}(?: (?:to|should|must)\b| (?!(?:to|with|from|and|or|of|in|on|for|who|that)\b)[a-z]+\b)`,
      // "If you connect the model to tools, run them in a sandbox": an instruction for a case of the reader's.
      // "Devs: if your app shows AI-generated text, label it clearly": the same, with the readers named first.
      String.raw`^(?:(?:devs|developers|deployers|builders|integrators|creators|users|folks|everyone|app makers)\s*[:,]\s*)?(?:if|when|before|once) (?:you|your)\b[^.;]{1,120}?[,:]\s*(?:put|give|grant|offer|provide|wrap|route|place|tell|warn|pin|establish|set up|create|define|implement|maintain|document|report|notify|run|use|check|validate|evaluate|assess|measure|benchmark|red[- ]?team|fine-tune|perform|conduct|identify|determine|label|mark|tag|flag|watermark|disclose|inform|make sure|ensure|consider|keep|set|avoid|do not|don't|never|apply|add|enable|disable|review|test|monitor|install|upgrade|limit|restrict|sandbox|require|protect|secure|store|rotate|encrypt|isolate|patch|update|follow|lock|harden|block|filter|log|audit|scan|verify)\b`,
      // "Before deploying: evaluate it for limitations in your use case", "- Test it thoroughly on your own data".
      String.raw`^(?:before|prior to|when|once|after) (?:deploying|using|shipping|integrating|launching|going live|fine-?tuning|production use|deployment|use)\b[^.;:]{0,60}[,:]\s*(?:evaluate|test|validate|verify|check|benchmark|review|monitor|measure|assess|run|use|keep|ensure|make sure|consider|add|apply|red[- ]?team)\b`,
      String.raw`^(?:(?:always|please|first|also|just|simply|then|so) )?(?:test|evaluate|validate|verify|check|benchmark|review|monitor|measure|assess|red[- ]?team|keep|rotate|store|pin|consult|ask|check with|talk to)\b[^.;]{0,80}\byour\b`,
      // A deployment step addressed to the reader ("- Put Quartz-8B behind a safety classifier", "Route tool calls to a sandbox").
      String.raw`^(?:put|place|wrap|route|sandbox|isolate|rate-limit|gate|log|monitor|moderate|screen|filter|restrict|limit) (?:the |a |an |all |any |every |each |it |them |this |its |your |tool |user |model |prompts? |outputs? |inputs? |requests? |responses? |\p{Lu}[\p{L}\p{N}.-]* )`,
      String.raw`\b(?:it is|it's) (?:strongly |highly )?(?:recommended|advised|advisable|encouraged|essential|important|crucial|necessary) (?:that|to|for)\b`,
      // The same in the card languages: "Anwendungen, die X einsetzen, sollten …", "les développeurs doivent …".
      String.raw`(?<![\p{L}])(?:Nutzer\p{L}*|Anwender\p{L}*|responsables|Verantwortliche\p{L}*|responsabili|verantwoordelijken|quienes|ceux qui|coloro che|chi|wer|degenen die|Entwickler\p{L}*|Betreiber\p{L}*|Anwendungen|labos|laboratoires|Labore|laboratorios|laboratori|\p{L}*teams|équipes|equipos|utilisat(?:eurs|rices)|développeu(?:rs|ses)|déployeurs|intégrat(?:eurs|rices)|opérateurs|applications|integrador(?:es|as)|operadores|integratori|operatori|Integrator(?:en)?|integratoren|usuari[oa]s|desarrollador(?:es|as)|aplicaciones|utenti|sviluppatori|applicazioni|gebruikers|ontwikkelaars|toepassingen|Kunden|clients|clientes|clienti|klanten)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:sollten|müssen|sollen|doivent|devraient|deben|deberían|devono|dovrebbero|moeten|sind (?:selbst )?verantwortlich|sont (?:seuls )?responsables|son responsables|sono responsabili|zijn (?:zelf )?verantwoordelijk)(?![\p{L}])`,
      // Formal imperatives of German and French: "Legen Sie eine Nutzungsrichtlinie fest", "Vérifiez les sorties".
      String.raw`^\p{Lu}\p{Ll}+en Sie (?!(?:sich )?(?:bitte )?(?:unter|an|bei|per)\b)|^(?!Assez\b)(?:veuillez|\p{Lu}\p{Ll}{2,}ez)(?![\p{L}])`,
      // "Where a deployer connects Aurel-3 to tools, the deployer is the controller … and should list …": a case of the reader's, and its duty.
      String.raw`^(?:where|when|if|once) (?:a|an|the|your) ${AUDIENCE}\b[^.;]{1,150}?,\s*(?:the (?:same )?${AUDIENCE}|they|you)\b[^.;]{0,120}?\b(?:should|must|shall|has to|have to|needs? to|(?:is|are) (?:solely )?responsible)\b`,
      // "It is the responsibility of each deployer to decide …".
      String.raw`\b(?:it is|it's|(?:this |that )?remains) (?:the |their |your )?(?:sole |own |full )?responsibility of (?:each |every |the |any )?${AUDIENCE}\b|\bthe responsibility of (?:each |every |any )?${AUDIENCE} to\b`,
      // "Please report issues to security@…" offers a channel, and "Please note that …" states a fact: neither is advice on what others should do.
      String.raw`^(?:please (?!(?:report|contact|reach out|e-?mail|send|let us know|open an issue|file|submit|get in touch|note|be aware|keep in mind|bear in mind)\b)|be sure to |make sure |consider |remember to |do not |don't |never )`,
      // "Label what your app generates as AI-made": an imperative to whoever builds the app.
      String.raw`^(?:label|mark|tag|flag|watermark|disclose) (?:what|whatever|everything|anything|all|any|your|their|generated|ai-generated|outputs?|content|images?|texts?)\b`,
      // "Before the deploy please check own infrastructure": the request after a clause of when.
      String.raw`^(?:before|after|when|once|prior to|ahead of)\b[^,.;:]{1,40}?,?\s+please (?!(?:report|contact|reach out|e-?mail|send|let us know|open an issue|file|submit|get in touch|note|be aware|keep in mind|bear in mind)\b)`,
    ],
  ),
  // "It is your responsibility to check the outputs", "Who fine-tunes the model must …": a duty put on the reader.
  guarded(
    ['responsibility', 'who'],
    [
      String.raw`\b(?:it is|it's|(?:this|that) (?:is|remains)) (?:your|the user's|the deployer's|the integrator's) (?:own |sole |full )?responsibility\b`,
      String.raw`^(?:who|whoever|anyone who|those who) [^.;]{1,100}?\b(?:must|should|has to|have to|needs to|need to|is responsible|are responsible)\b`,
    ],
  ),
  // "Our handbook explains how to write an intended-purpose statement for your system": guidance for the reader's own work.
  guarded(
    ['your'],
    [
      String.raw`\b(?:explains?|shows?|describes?|walks? (?:you )?through|guides? you through|teach(?:es)?|tells? you)\b[^.;]{0,20}\bhow (?:to|you)\b[^.;]{0,100}\byour\b`,
    ],
  ),
  // "Il est recommandé aux fournisseurs en aval de procéder à leurs propres tests", "Es wird empfohlen, …": impersonal advice.
  guarded(
    [
      'recommand',
      'conseill',
      'empfohlen',
      'recomienda',
      'aconseja',
      'raccomand',
      'consiglia',
      'aanbevolen',
      'aan te raden',
      'recomend',
      'adviser',
      'bevelen',
    ],
    [
      String.raw`(?<![\p{L}])(?:il est (?:donc |fortement |vivement |également )?(?:recommandé|conseillé)|on recommande|nous (?:vous )?(?:recommandons|conseillons)|(?:aconsejamos|recomendamos)(?: (?:al|a los|a las|a la) [\p{L}]+)? que|(?:raccomandiamo|consigliamo)|(?:wij|we) (?:adviseren|bevelen\b[^.;]{0,40}\baan)|es wird (?:daher |dringend |ausdrücklich )?empfohlen|wir empfehlen|se (?:recomienda|aconseja)|(?:si|vi) (?:raccomanda|consiglia)|è (?:vivamente |fortemente )?(?:raccomandato|consigliato)|wordt (?:sterk |dringend )?aanbevolen|het is (?:sterk )?aan te raden|wij raden\b[^.;]{0,40}\baan)(?![\p{L}])`,
    ],
  ),
  // "Test thoroughly.", "Evaluate carefully before use": an instruction to the reader, with nothing said of what was done.
  guarded(
    ['thoroughly', 'carefully', 'extensively', 'rigorously', 'regularly'],
    [
      String.raw`^(?:test|evaluate|validate|verify|check|benchmark|review|monitor|red[- ]?team)(?: (?:it|them|outputs?|the (?:model|outputs?)))? (?:thoroughly|carefully|extensively|rigorously|regularly)\b`,
    ],
  ),
  // "Il appartient à chaque intégrateur de définir …", "Spetta a ciascun integratore …": the reader's own task, in the card languages.
  guarded(
    [
      'appartient',
      "c'est",
      'c’est',
      'incumbe',
      'corresponde',
      'compete',
      'responsabilidad',
      'spetta',
      'responsabilità',
      'het is aan',
      'verantwoordelijkheid',
      'obliegt',
      'verantwortung',
      'sache',
    ],
    [
      String.raw`(?<![\p{L}])(?:il (?:leur )?appartient (?:à|aux)|c['’]est (?:à|aux) (?:chaque |l['’]|les )?(?:intégrat|déploy|utilisat|client|opérat|fournisseur)|(?:incumbe|corresponde|compete) (?:a|al|a los|a las) (?:cada )?(?:integrador|implementador|usuari|client|operador|proveedor|desplegador)|(?:es|será) responsabilidad (?:de|del) (?:cada |los |las )?(?:integrador|implementador|usuari|client|operador|proveedor|desplegador)|spetta (?:a|al|ai|agli|alle) (?:ciascun\p{L}* |ogni )?(?:integrator|utent|client|operator|fornitor|svilupp)|(?:è|sarà) responsabilità (?:di ciascun\p{L}*|dell['’]|degli|dei) ?(?:integrator|utent|client|operator|fornitor|svilupp)|het is aan (?:de|elke|iedere) (?:integrator|gebruiker|klant|afnemer|operator|aanbieder|ontwikkelaar)|(?:is|blijft) de verantwoordelijkheid van (?:de|elke|iedere) (?:integrator|gebruiker|klant|afnemer|operator|aanbieder|ontwikkelaar)|obliegt (?:dem|den|jedem|der) (?:Integrator|Betreiber|Nutzer|Anwender|Kunde|Entwickler)|liegt in der Verantwortung (?:des|der|jedes) (?:Integrator|Betreiber|Nutzer|Anwender|Kunde|Entwickler)|ist Sache (?:des|der|jedes) (?:Integrator|Betreiber|Nutzer|Anwender|Kunde|Entwickler))`,
    ],
  ),
  // "Please report it to your system administrator": a channel of the reader's own organisation, not the provider's.
  guarded(
    ['your', ' su ', 'votre', 'ihre', ' uw ', 'vostro', 'al suo', 'alla sua'],
    [
      String.raw`\b(?:report|escalate|forward|raise|flag|notify)\b[^.;]{0,30}\bto your (?:own )?(?:system administrator|administrator|admin|IT (?:team|department|helpdesk|help desk)|organi[sz]ation|manager|supervisor|school|DPO|data protection officer|vendor|supplier|reseller|integrator|(?:service|solution|platform) provider|account manager)\b`,
      String.raw`(?<![\p{L}])(?:comuníquelo|infórmelo|repórtelo|notifíquelo)\s+(?:a|al)\s+su\b|(?<![\p{L}])(?:signalez|transmettez|remontez)(?:-le)?\b[^.;]{0,30}\bà votre (?:administrateur|service informatique|responsable)|(?<![\p{L}])melden Sie\b[^.;]{0,40}\b(?:Ihrem|Ihrer) (?:Administrator|Systemadministrator|IT-Abteilung|Vorgesetzten)|(?<![\p{L}])(?:segnalatelo|segnalalo|segnalarlo)\b[^.;]{0,30}\b(?:al vostro|al suo|al tuo) (?:amministratore|responsabile)|(?<![\p{L}])meld\b[^.;]{0,40}\bbij uw (?:beheerder|systeembeheerder|IT-afdeling)`,
    ],
  ),
  // Advice in the card languages: "recomienda a las empresas que …", "empfiehlt Unternehmen, …", "recommande aux entreprises de …",
  // "raccomanda alle aziende di …", "raadt bedrijven aan …".
  guarded(
    [
      'recomiend',
      'recomendamos',
      'aconsej',
      'empfiehlt',
      'empfehlen',
      'recommand',
      'conseill',
      'raccomand',
      'consigli',
      'raadt',
      'raden',
      'adviseer',
    ],
    [
      String.raw`(?<![\p{L}])(?:recomienda|recomiendan|recomendamos|aconseja|aconsejan|aconsejamos)(?: encarecidamente)? (?:a (?:los|las|sus|todos los|todas las) \p{L}+ (?:\p{L}+ )?)?que\b|(?<![\p{L}])(?:empfiehlt|empfehlen) (?:\p{L}+ ){0,3}?(?:Unternehmen|Betreibern|Nutzern|Nutzerinnen|Entwicklern|Anbietern|Kunden|Anwendern|allen)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:recommande|recommandons|recommandent|conseille|conseillons|conseillent) (?:vivement )?(?:aux|à|de|d['’])(?![\p{L}])|(?<![\p{L}])(?:raccomanda|raccomandiamo|raccomandano|consiglia|consigliamo|consigliano) (?:vivamente )?(?:a|ai|agli|alle|di)(?![\p{L}])|(?<![\p{L}])(?:raadt|raden) (?:\p{L}+ ){0,3}aan(?![\p{L}])|(?<![\p{L}])(?:adviseert|adviseren) (?:\p{L}+ ){0,3}?(?:om|te)(?![\p{L}])`,
    ],
  ),
];

const NEGATED: readonly Guarded[] = [
  // "todavía no ha sido sometido a pruebas adversariales", "n'a pas encore été évalué", "wurde noch keinem Red-Teaming
  // unterzogen": not yet put through testing, in the card languages.
  guarded(
    ['no ha', 'no han', 'non è', 'non sono', "n'a", 'n’a', "n'ont", 'n’ont', 'nicht', 'keine', 'niet'],
    [
      String.raw`\bno (?:ha|han|había|habían) sido (?:aún |todavía )?(?:sometid[oa]s?|evaluad[oa]s?|probad[oa]s?|auditad[oa]s?)\b|\bnon (?:è|sono) (?:ancora )?stat[oiae] (?:ancora )?(?:sottopost|valutat|testat|verificat)[oiae]\b|\bn['’](?:a|ont) pas (?:encore )?été (?:soumis|testée?s?|évaluée?s?|auditée?s?)(?![\p{L}])`,
      // "wurde im Rahmen dieser DSFA nicht durchgeführt": words between the auxiliary and the denial.
      String.raw`\bwurden? (?:[^.;]{1,60}? )?nicht (?:\p{L}+ )?(?:durchgeführt|vorgenommen|erstellt|veröffentlicht|getestet|geprüft|bewertet|evaluiert|dokumentiert|gemessen|benannt|bestellt)(?![\p{L}])`,
      String.raw`\bwurden? (?:noch |bisher )?(?:keine[mrn]?\b|nicht(?! nur\b))[^.;]{0,40}?\b(?:unterzogen|getestet|geprüft|evaluiert|bewertet)\b|\b(?:is|zijn) (?:nog |tot nu toe )?niet(?! alleen\b)\b[^.;]{0,30}?(?:onderworpen|getest|geëvalueerd|gecontroleerd)(?![\p{L}])`,
    ],
  ),
  // "Cybersecurity measures are outside the scope of this model card and are not described here": the card leaves them out.
  guarded(
    ['scope', 'described', 'covered', 'addressed', 'discussed', 'detailed'],
    [
      String.raw`\b(?:is|are) (?:(?:outside|beyond) the scope of|not (?:described|covered|addressed|discussed|detailed|documented) (?:here|in)) this (?:model )?(?:card|document)\b(?![^.]*\b(?:see|refer|available|described in|documented in|published|but|instead|rather|separately)\b)|\b(?:is|are) not (?:described|covered|addressed|discussed|detailed|documented) here\b(?![^.]*\b(?:see|refer|available|described in|documented in|published|but|instead|rather|separately)\b)`,
    ],
  ),
  guarded(
    [
      'not',
      'never',
      "n't",
      ' no',
      'non ',
      'keine',
      ' ne ',
      'bevat',
      'geen',
      'kein',
      'aucun',
      'n’',
      "n'",
      'without',
      'dispon',
    ],
    [
      String.raw`\b(?:(?:has|have|had|was|were|is|are) (?:not|never)(?: yet)?(?: been)?|(?:hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't)(?: yet)?(?: been)?|did not|didn't|do not|don't|does not|doesn't) (?:\w+ ){0,2}?(?:adopt(?:ed)?|establish(?:ed)?|implement(?:ed)?|decided (?:on|upon)|chosen|selected|settled on|set up|create[ds]?|introduce[ds]?|define[ds]?|put in place|draw(?:n)? up|appoint(?:ed)?|conduct(?:ed)?|perform(?:ed)?|carr(?:y|ied) out|done|undert(?:ake|aken)|evaluated?|benchmarked|test(?:ed)?|red[- ]?team(?:ed)?|assess(?:ed)?|audit(?:ed)?|measured?|track(?:ed)?|publish(?:ed)?|disclosed?|report(?:ed)?|verif(?:y|ied)|validated?|check(?:ed)?|confirm(?:ed)?|watermark(?:ed)?|label(?:l?ed)?|mark(?:ed)?|record(?:ed)?|log(?:ged)?|meter(?:ed)?|monitor(?:ed)?|estimated?|calculated?|document(?:ed)?|keep|kept|undergo(?:ne)?|gone through|go through|subjected to|complete[ds]?|prepared|drafted|written|produced|compiled|drawn up)\b`,
      // "We didn't have time for a red-team exercise", "there was no budget to commission one": not done.
      String.raw`\b(?:(?:did not|didn't|do not|don't) have|had no|have no|(?:there|it) (?:was|is) no) (?:the |enough |any )?(?:time|budget|resources|capacity|opportunity|chance) (?:for|to)\b`,
      // "It does not have any moderation mechanisms", "does not support function calling": what the model lacks.
      String.raw`\b(?:does not|doesn't|do not|don't)(?: currently| presently| yet| by default| natively)? (?:have|include|contain|ship with|come with|apply|use|support|offer|provide) (?:any )?\b|\b(?:does not|doesn't|do not|don't)(?: currently| presently| yet)? (?:run|operate|maintain) (?:a|an|any)\b|\b(?:has|have|carries|carry|contains|contain|includes|include|embeds|embed|bears|bear) no\b`,
      // "Aurel-3 shipped with no acceptable use policy attached", "was released without any evaluation report": it went out lacking it.
      String.raw`\b(?:shipped|ships|ship|released|launched|published|went out|goes out|came out|comes out|went live|goes live)(?: publicly)? (?:with no|without (?:a|an|any|the)\b)`,
      String.raw`\b(?:is|are|was|were|has|have)(?: currently| presently| yet)?(?: not|n't)(?: been)?(?: \w+)? (?:watermarked|marked|labell?ed|filtered|screened|cleaned|moderated|encrypted|monitored|audited|deduplicated|notified|appointed|designated|included|shown|listed|reported|provided)\b`,
      // "The security audit did not take place in this period", "Milestone MS4 was not reached".
      String.raw`\b(?:did not|didn't|has not|hasn't|have not|haven't|had not) (?:yet )?(?:take|taken|took) place\b|\b(?:was|were|has|have|is|are)(?: not|n't)(?: yet)?(?: been)? (?:reached|achieved|held)\b`,
      // "so no systemic risk assessment was performed", "No red-teaming has been carried out".
      String.raw`\bno (?:[\w-]+ ){0,4}(?:assessments?|evaluations?|tests?|testing|red[- ]?teaming|audits?|analys[ie]s|stud(?:y|ies)|reviews?|measurements?) (?:was|were|has been|have been|is|are) (?:performed|conducted|carried out|done|undertaken|made|run|completed)\b`,
      // "No training-content summary is provided, as …": the document does not exist.
      String.raw`^no (?:[\w-]+ ){0,4}(?:summary|overview|report|polic(?:y|ies)|documentation|statement|information|details?|contact|channel|representative|diagram|description|account|explanation|write-?up)(?: (?:of|for|on|about)(?: [\w,-]+){1,10}?)? (?:is|are|was|were|has been|have been) (?:currently |yet )?(?:provided|published|given|available|included|made available|offered|prepared|written|produced|compiled|drawn up)\b`,
      // "No systemic risk assessment for Aurel-3 — it's a 7B model": none, said without a verb.
      String.raw`^no (?:[\w-]+ ){0,4}(?:assessments?|evaluations?|tests?|testing|red[- ]?teaming|audits?|analys[ie]s|stud(?:y|ies)|reviews?)\b(?!\s+(?:is|are|was|were|has been|have been) (?:needed|required|necessary|due))`,
      // "C2PA: not supported", "Watermarks are not used": the feature is absent.
      String.raw`(?:^|\b(?:is|are|was|were) )(?:currently )?not (?:supported|offered|enabled|implemented|used|applied)\b`,
      // "No watermark or provenance metadata is added to generated images".
      String.raw`\bno (?:visible |invisible |digital )?(?:watermark\w*|provenance|C2PA|content credentials|AI labels?|labell?ing|marking)\b[^.;\n]{0,60}\b(?:is|are|was|were) (?:added|applied|embedded|attached|inserted|included|used)\b`,
      // "Environment: no library versions were pinned or tested for this release".
      String.raw`\bno (?:[\w-]+ ){0,3}(?:versions?|dependencies|librar(?:y|ies)|packages?|requirements?) (?:was|were|is|are|has been|have been) (?:pinned|specified|listed|tested|documented|recorded|fixed)\b`,
      // "non contiene filigrane", "enthält keine Wasserzeichen", "ne contient aucun", "no contiene", "bevat geen".
      String.raw`(?<![\p{L}])(?:no (?:marca|marcan|añade|añaden|incluye|incluyen|inserta|insertan|incorpora|incorporan|lleva|llevan|aplica|aplican)(?![\p{L}])|non (?:hanno|presenta|presentano|contiene|contengono|include|includono|aggiunge|aggiungono|applica|applicano|utilizza|utilizzano|usa|usano|inserisce|inseriscono|incorpora|incorporano)|(?:enth(?:ält|alten)|wendet|wenden|fügt|fügen|bettet|betten|verwendet|verwenden|setzt|setzen) (?:\S+ ){0,2}keine?|ne (?:contien(?:t|nent)|comporte(?:nt)?|porte(?:nt)?|inclu(?:t|ent)) (?:pas|aucun\p{L}*)|n['’](?:applique|ajoute|utilise|insère|intègre|emploie)(?:nt)? (?:pas|aucun\p{L}*)|no (?:contiene|contienen|incluye|incluyen|añade|añaden|lleva|llevan|aplica|aplican|utiliza|utilizan|usa|usan|incorpora|incorporan|inserta|insertan)|(?:bevat(?:ten)?|past|passen|voegt|voegen|gebruikt|gebruiken|brengt|brengen) (?:\S+ ){0,2}(?:geen|niet))(?![\p{L}])`,
      // "Per Aurel-3 non è stata effettuata alcuna valutazione", "No se ha realizado ninguna evaluación": nothing done, said in the passive.
      String.raw`(?<![\p{L}])(?:non (?:è|sono) stat[oaie] (?:ancora )?(?:effettuat|condott|eseguit|svolt|realizzat|pubblicat|nominat|designat|notificat|misurat|valutat|testat)[oaie]|no se (?:ha|han) (?:\p{L}+ )?(?:realizado|llevado a cabo|efectuado|publicado|designado|nombrado|notificado|medido|evaluado))(?![\p{L}])`,
      // Nothing appointed or done, in the card languages: "heeft geen gemachtigde … aangewezen", "hat keinen Bevollmächtigten
      // benannt", "n'a désigné aucun mandataire", "no ha designado", "non ha nominato".
      String.raw`(?<![\p{L}])(?:geen|keine[nrm]?|kein)(?![\p{L}])[^.;\n]{0,60}(?<![\p{L}])(?:aangewezen|benoemd|aangesteld|uitgevoerd|benannt|bestellt|ernannt|durchgeführt)(?![\p{L}])|(?<![\p{L}])n['’](?:a|ont|avons) (?:pas |encore |jamais )*(?:été )?(?:désigné|nommé|réalisé|effectué|mené|documenté|décrit|fourni|communiqué|précisé|mesuré|évalué|testé)e?s?(?![\p{L}])|(?<![\p{L}])n['’](?:a|ont) (?:pas |encore |jamais )*fait l['’]objet d(?![\p{L}])|(?<![\p{L}])aucun\p{L}* (?:[\p{L}-]+ ){0,3}n['’](?:a|ont) (?:encore )?été (?:désigné|nommé|réalisé|effectué|mené|fourni|communiqué|documenté|publié|précisé)e?s?(?![\p{L}])|(?<![\p{L}])(?:no se dispone de|no disponemos de|non si dispone di|non disponiamo di|on ne dispose (?:pas|d['’]aucun\p{L}*)|nous ne disposons (?:pas|d['’]aucun\p{L}*))(?![\p{L}])|(?<![\p{L}])no (?:ha|han|hemos) (?:\p{L}+ )?(?:designado|nombrado|realizado|llevado a cabo|medido|evaluado|probado|calculado|documentado|estimado|registrado|auditado)(?![\p{L}])|(?<![\p{L}])non (?:ha|hanno|abbiamo) (?:ancora )?(?:designato|nominato|effettuato|condotto|misurato|valutato|testato|calcolato|documentato|stimato|registrato)(?![\p{L}])`,
      // "No special protection for weights, model is anyway downloadable": none of it, said without a verb.
      String.raw`^no (?:special|particular|specific|extra|additional|dedicated|separate) (?:[\w-]+ ){0,2}?(?:protection|security|measures|safeguards|controls|filtering|filters|marking|watermark\w*|testing|process|channel|policy|procedure)s?\b(?!\s+(?:was|were|is|are|has|have|had)\b)`,
      // "There is currently no dedicated channel for reporting incidents", "we have no formal process".
      String.raw`\b(?:there (?:is|are)|we have|it has) (?:currently |yet |at present |at this time )?no (?:[\w-]+ ){0,3}(?:channels?|process(?:es)?|procedures?|mechanisms?|polic(?:y|ies)|contacts?|representatives?|programm?e?s?|forms?|address(?:es)?|watermark\w*)\b`,
      // "Weight security: no dedicated protection measures are in place".
      String.raw`\bno (?:[\w-]+ ){0,3}(?:measures|protections?|safeguards|controls|process(?:es)?|procedures?|polic(?:y|ies)|mechanisms?|filters?|monitoring) (?:is|are|was|were|has been|have been) (?:currently )?(?:in place|implemented|defined|established|deployed)\b`,
      // "Red teaming: none performed on this checkpoint", "EU representative: none appointed at this time".
      String.raw`\bnone (?:was |were |has been |have been |is |are )?(?:yet )?(?:performed|conducted|carried out|done|run|appointed|designated|undertaken|completed|measured|tracked|recorded|provided|published|supplied|given)\b`,
      // A label's value that denies it: "Benchmarks: not evaluated", "Compute used: not tracked".
      String.raw`^not (?:formally |yet |systematically )?(?:evaluated|tested|benchmarked|performed|conducted|measured|tracked|recorded|logged|assessed|red[- ]?teamed|audited|run|done|appointed|designated|available|provided|published|supplied)\b`,
      String.raw`\bno (?:formal |specific |dedicated |additional |external |internal |systematic |independent |third-party |systemic-risk |risk |safety |security |dangerous[- ]capabilit(?:y|ies) |capability |frontier |misuse |bias |fairness |privacy |data )*(?:red[- ]?teaming|red[- ]?team(?:s|ers)?|adversarial (?:testing|evaluations?)|safety (?:testing|evaluations?)|evaluations?|assessments?|testing|audits?|reviews?|screening)(?: \([^()]{1,60}\))?(?: (?:of|for|on) [^.;,]{1,60}?)? (?:has|have|was|were|is|are|had)\b`,
      // "it is not covered by a safety framework".
      String.raw`\b(?:is|are|was|were)(?: not|n't) (?:covered by|subject to|part of|accompanied by|shipped with|released with|published with|governed by) (?:a|an|any|our|the) (?:[\w-]+ ){0,2}(?:framework|polic(?:y|ies)|programme|program|process|licen[cs]e|terms)\b`,
    ],
  ),
  // "no se marcan como generados por IA", "werden nicht gekennzeichnet", "ne sont pas marqués": not marked, said in the passive.
  guarded(
    ['no se', 'non ', ' ne ', 'nicht', 'niet'],
    [
      String.raw`(?<![\p{L}])(?:no se (?:marca|marcan|etiqueta|etiquetan|aplica|aplican|añade|añaden|incorpora|incorporan|inserta|insertan)|non (?:viene|vengono|è|sono) (?:marcat|etichettat|contrassegnat|filigranat)[oaie]|ne (?:sont|est) pas (?:marqu|étiquet|filigran|tatou)ée?s?|(?:wird|werden) (?:\S+ ){0,2}nicht (?:gekennzeichnet|markiert|mit Wasserzeichen)|(?:wordt|worden) (?:\S+ ){0,2}niet (?:gemarkeerd|gelabeld|gewatermerkt))(?![\p{L}])`,
    ],
  ),
  // "Nessuna valutazione … è stata effettuata", "Ninguna evaluación … se ha realizado": none done, in the passive.
  guarded(
    ['nessun', 'ningun', 'ningún'],
    [
      String.raw`(?<![\p{L}])(?:nessun\p{L}* (?:[\p{L}'’-]+ ){0,5}(?:è|sono) stat[oaie] (?:ancora )?(?:effettuat|condott|eseguit|svolt|realizzat|pubblicat|nominat|designat)[oaie]|ning[uú]n\p{L}* (?:[\p{L}-]+ ){0,5}(?:se )?(?:ha|han) (?:sido )?(?:realizad|efectuad|llevad|publicad|designad)[oa]s?)(?![\p{L}])`,
    ],
  ),
  // "was neither metered nor estimated", "weder gemessen noch geschätzt", "ni mesurée ni estimée": both denied.
  guarded(
    ['neither', 'weder', ' ni ', ' né ', 'noch'],
    [
      String.raw`\b(?:is|are|was|were|has been|have been) neither (?:\w+ ){0,2}?\w+(?:ed|en|wn|ne|de) nor\b|(?<![\p{L}])(?:weder (?:\p{L}+ ){0,2}?\p{L}+(?:t|en) noch|ni (?:\p{L}+ ){0,1}?\p{L}+(?:ée?s?|ado|ada|ados|adas|ido|ida) ni|né (?:\p{L}+ ){0,1}?\p{L}+(?:at[oaie]|ut[oaie]) né|noch (?:ge)?\p{L}+(?:d|t|en) noch)(?![\p{L}])`,
    ],
  ),
  // Not there (yet), in the card languages.
  guarded(
    ['nog ', 'noch ', 'encore', 'todavía', 'ancora'],
    [
      // "voor deze release is nog geen beleid beschikbaar", "noch keine Richtlinie verfügbar", "pas encore disponible": not there (yet).
      String.raw`(?<![\p{L}])(?:nog (?:geen|niet)\b[^.;]{0,60}?\bbeschikbaar|noch (?:keine?n?|nicht)\b[^.;]{0,60}?\bverfügbar|(?:pas|n['’]est) encore\b[^.;]{0,60}?\bdisponibles?|todavía no\b[^.;]{0,60}?\bdisponibles?|non (?:è )?ancora\b[^.;]{0,60}?\bdisponibil[ei])(?![\p{L}])`,
    ],
  ),
  // "Bevollmächtigter: noch nicht benannt", "pas encore désigné", "non ancora nominato": not appointed, as "not yet appointed".
  guarded(
    ['noch nicht', 'pas encore', 'aún no', 'todavía no', 'non ancora', 'nog niet'],
    [
      String.raw`(?<![\p{L}])(?:noch nicht|pas encore|aún no|todavía no|non ancora|nog niet) (?:(?:se )?(?:ha|han|été|wurde|sido|stato|stata|is|zijn) )?(?:benannt|ernannt|bestellt|nommée?s?|désignée?s?|nombrad[oa]s?|designad[oa]s?|nominat[oaie]|designat[oaie]|benoemd|aangewezen|aangesteld)(?![\p{L}])`,
    ],
  ),
  // "Ein Verfahren … besteht derzeit nicht", "il n'existe aucune procédure", "no existe", "non esiste", "bestaat niet": there is none.
  guarded(
    [
      'besteht',
      'bestehen',
      'existiert',
      'existieren',
      'gibt',
      'existe',
      'esiste',
      'bestaat',
      'bestaan',
      'exist',
      "il n'y",
      'il n’y',
    ],
    [
      String.raw`(?<![\p{L}])(?:(?:besteht|bestehen|existiert|existieren|gibt es|es gibt) (?:\S+ ){0,3}?(?:nicht(?! nur\b)|keine?[nrms]?)|(?:n['’]existe(?:nt)?|ne existe(?:nt)?) (?:\S+ ){0,2}?(?:pas|aucun\p{L}*)|il n['’]y a (?:\S+ ){0,2}?(?:pas|aucun\p{L}*)|no existe(?:n)?|non (?:esiste|esistono)|(?:bestaat|bestaan) (?:\S+ ){0,3}?(?:niet|geen)|(?:does|do) not exist|(?:doesn't|don't) exist)(?![\p{L}])`,
    ],
  ),
  // "nothing was filtered for that": none of it done.
  guarded(
    ['nothing'],
    [
      String.raw`\bnothing (?:was|were|has been|got|is) (?:\w+ )?(?:filtered|removed|done|checked|measured|tested|tracked|recorded|logged|deduplicated|reviewed|evaluated|assessed|red[- ]?teamed|audited|published|documented|screened)\b`,
    ],
  ),
];

/** What is kept back rather than told: "we do not disclose the parameter count", "not publicly documented". */
const DISCLOSE = String.raw`(?:disclose|reveal|share|publish|make public|provide|release|comment on|document|specify|state|give|answer)`;
const WITHHELD_OBJECT = String.raw`(?:how|what|which|where|when|whether|why|(?:[\w'’-]+ ){0,4}(?:details?|information|specifics|figures?|numbers?|counts?|sizes?|composition|sources|breakdown|mix|methodology|results|questions|inquiries|enquiries|requests|architecture|parameters|training data|training compute|energy (?:use|consumption)))`;
/**
 * Kept back from the public but held for someone ("not publicly disclosed; shared with the AI Office on
 * request"): a statement that the documentation exists and where, which is how AI Office duties are met.
 */
const HELD_FOR =
  /\b(?:AI Office|on request|upon request|authorit(?:y|ies)|regulators?|(?:available|provided|shared|disclosed) (?:to|with) (?:the |our )?(?:Commission|customers|partners|downstream providers)|under NDA)\b/i;

/** "the weights are not published", "les poids ne sont pas publiés": how the model is released (closed weights), not a fact kept back. */
const CLOSED_WEIGHTS =
  /(?<![\p{L}])(?:weights|Gewichte|gewichten|poids|pesos|pesi)(?![\p{L}])[^.;]{0,40}(?:publi|veröffentlich|gepubliceerd|pubblica|vrijgegeven|freigegeben|released)/iu;

/**
 * Not after a clause that tells something: "an EU representative has been appointed; the name was not given" reports the
 * appointment, and only its detail is missing.
 */
const SECOND_CLAUSE_NOT = String.raw`(?<!(?:;|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhile\b|\bpero\b|\bmais\b|\baber\b|\bma\b|\bmaar\b)[^;.]*)`;

const WITHHELD: readonly Guarded[] = [
  // "These details are commercially confidential and are not provided with this offer": kept back as confidential.
  // ("User data is kept confidential" is a measure: only what the card would tell is meant.)
  guarded(
    ['confidential', 'vertraulich', 'confidenti', 'vertrouwelijk'],
    [
      String.raw`(?<![\p{L}])(?:details?|information|figures?|numbers?|specifics|composition|breakdown|architecture|parameters?(?: count)?|size|results|reports?|methodology|sources|these|this|they|it|Angaben|Details|Informationen|Zahlen|informations|détails|chiffres|información|detalles|cifras|informazioni|dettagli|cifre|gegevens|informatie|cijfers)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:(?:is|are|remains?) (?:commercially |strictly |business[- ])?confidential|(?:ist|sind|bleibt|bleiben) (?:streng |geschäftlich )?vertraulich|(?:est|sont|reste|restent) (?:strictement )?confidentiel(?:le)?s?|(?:es|son) (?:estrictamente )?confidencial(?:es)?|(?:è|sono|resta|restano) (?:strettamente )?(?:riservat[oaie]|confidenzial[ei])|(?:is|zijn|blijft|blijven) (?:strikt )?vertrouwelijk)(?![\p{L}])`,
    ],
  ),
  guarded(
    ['not', "n't", 'unable', 'undisclosed', ' no ', 'nicht', ' ne ', " n'", ' n’', ' non ', 'niet', 'never'],
    [
      String.raw`\b(?:(?:do|does|did|will|can|could|may)(?: not|n't)|cannot|can't|won't)(?: currently| publicly| yet)? ${DISCLOSE}\b (?:publicly )?${WITHHELD_OBJECT}\b`,
      String.raw`\b(?:unable|not able|not in a position) to (?:publicly )?${DISCLOSE}\b`,
      // "Our first card never mentioned which inputs it handles": left unsaid.
      String.raw`\bnever (?:publicly )?(?:disclosed|revealed|shared|published|mentioned|stated|specified|said|documented|listed|indicated|told)\b (?:publicly )?${WITHHELD_OBJECT}\b`,
      // "The release card did not say which modalities it supports": a document that left it unsaid ("we can't say which
      // one", "…, but doesn't say how" decline one detail of what they report).
      String.raw`(?<!\bbut (?:it |they |we |the card )?)\b(?:did|does|do)(?: not|n't) (?:say|mention|indicate|list|tell)\b (?:publicly )?${WITHHELD_OBJECT}\b`,
      // "We haven't evaluated or documented any tool use, so we can't say either way": left undocumented, neither way.
      String.raw`\b(?:have|has)(?: not|n't) (?:yet )?(?:(?:evaluated|tested|measured|assessed|checked) (?:or|and|nor) )?documented (?:any|its|our)\b|\b(?:cannot|can't|can not) say (?:anything |much )?either way\b`,
      // "Details of the training data cannot be provided at this stage": the passive of the same.
      String.raw`\b(?:details?|information|specifics|figures?|numbers?|composition|breakdown|sources)\b[^.;]{0,60}?\b(?:cannot|can't|can not|could not|couldn't|may not|will not|won't) be (?:publicly )?(?:provided|disclosed|shared|given|published|released|revealed|made (?:available|public))\b`,
      // "Le fournisseur n'a communiqué ni le volume … ni les méthodes": not told, in French.
      String.raw`(?<![\p{L}])n['’](?:a|ont|avons) (?:pas |encore |jamais |rien )*(?:communiqué|divulgué|révélé|précisé|indiqué|fourni|rendu public)(?![\p{L}])`,
      // "We're not sharing the parameter count for now": kept back, said as it happens.
      String.raw`\b(?:we|i)(?:'re| are| am) not (?:currently |yet |publicly )?(?:sharing|disclosing|publishing|releasing|revealing|giving out|making public)\b`,
      // "After internal review we have decided not to disclose the parameter count".
      String.raw`\b(?:decided|chosen|chose|opted|elected) not to (?:publicly )?${DISCLOSE}\b`,
      // "Parameter count and architecture details will not be disclosed".
      String.raw`\b(?:will not|won't) be (?:publicly )?(?:disclosed|revealed|made public|shared)\b`,
      String.raw`\b(?:is|are|was|were|has|have|remains?)(?: likewise| also| currently)?(?: not|n't)(?: been)?(?: publicly| yet)? (?:disclosed|revealed|made public|documented|shared)\b|\b(?:is|are)(?: deliberately| intentionally)? not (?:described|detailed|listed|specified) (?:in|on) (?:this|the) (?:card|page|document)\b|\b(?:details?|information|specifics|figures?|numbers?)\b[^.;]{0,60}\b(?:is|are|was|were|remains?)(?: likewise| also| currently)?(?: not|n't)(?: been)?(?: publicly| yet)? published\b|\b(?:undisclosed|not publicly (?:disclosed|documented|known|released))\b`,
      // "The Provider makes no representation herein as to the particulars of the present Model": nothing said of it.
      String.raw`\b(?:makes?|made|gives?|gave|offers?) no (?:representations?|statements?|claims?|disclosures?)(?: (?:herein|here|in this (?:card|document|section)))? (?:as to|about|regarding|concerning|on|with respect to)\b`,
      // A field's value that keeps it back: "Training data: not disclosed for competitive reasons".
      String.raw`^(?:not|kept) (?:publicly |yet )?(?:disclosed|revealed|shared|made public)\b`,
      String.raw`\bno (?:publicly )?(?:documented|disclosed|published|stated|specified|official) (?:maximum|minimum|limit|figures?|numbers?|values?|information|details?)\b`,
      // The same in German, French, Spanish, Italian and Dutch.
      String.raw`\b(?:werden|wird|sind|ist) (?:\S+ ){0,3}nicht (?:öffentlich )?(?:offengelegt|bekannt ?gegeben|veröffentlicht|dokumentiert)\b|\b(?:legen|geben) (?:\S+ ){0,4}nicht (?:offen|bekannt)\b|\b(?:dokumentieren|veröffentlichen) (?:wir|\S+) (?:\S+ ){0,3}nicht\b`,
      String.raw`\bn['’](?:est|sont) (?:\S+ ){0,2}pas (?:divulgu|communiqu|publi|rendu|document)\w*|\bne (?:sont|est|seront|pas) (?:\S+ ){0,2}(?:pas )?(?:divulgu|communiqu|publi|rendu|document)\w*|\bne (?:divulgu|communiqu|publi|document|précis)\w* pas\b`,
      String.raw`\bno (?:se )?(?:divulg|revel|public|comunic|document|especific|detall)(?:a|an|amos)\b|^no (?:publicad|divulgad|revelad|comunicad|documentad|indicad|especificad|facilitad|proporcionad)[oa]s?\b|^non (?:pubblicat|divulgat|comunicat|documentat|indicat|specificat)[oaie]\b|^niet (?:gepubliceerd|openbaar gemaakt|bekendgemaakt|gedocumenteerd|vermeld|opgegeven)\b|^nicht (?:veröffentlicht|offengelegt|angegeben|dokumentiert)\b|^non (?:publiée?s?|divulguée?s?|communiquée?s?|documentée?s?|indiquée?s?|précisée?s?)(?![\p{L}])`,
      String.raw`\bnon (?:vengono |sono |è )?(?:divulgat|rivelat|pubblicat|comunicat|documentat|divulghiamo|riveliamo|pubblichiamo|comunichiamo|documentiamo|specifichiamo)\w*\b`,
      String.raw`\b(?:maken|geven|wordt|worden) (?:\S+ ){0,3}niet (?:openbaar|bekend|gepubliceerd|vrijgegeven)\b`,
    ],
  ),
  // "Updated tool-use documentation is not available for this release": the card does not say.
  guarded(
    ['not available'],
    [
      String.raw`\b(?:documentation|docs|information|details|section|guide|description|instructions)\b[^.;]{0,30}\b(?:is|are) (?:currently |yet )?not available\b`,
    ],
  ),
  // "The size of Aurel-3 is not stated", "No FLOP figure is given", "n'est pas précisé", "wird nicht angegeben": the
  // documentation is silent on it. A pointer elsewhere ("not described here; see the report") still tells where it is.
  guarded(
    ['not', 'no ', 'aucun', "n'", 'n’', ' ne ', 'nicht', 'nirgend', 'non ', 'niet'],
    [
      String.raw`${SECOND_CLAUSE_NOT}\b(?:is|are|was|were|has|have)(?: currently| yet| itself| themselves)?(?: not|n't)(?: been)? (?:stated|given|specified|described|mentioned|explained|evidenced)\b(?! (?:access|to|any|a|an|the|permission|as)\b)(?![^.]*\b(?:see|refer|available|described in|documented in|published|but|instead|rather|separately|below|above)\b)`,
      String.raw`^no (?:[\w'’,-]+ ){0,12}?(?:is|are|was|were|has been|have been) (?:currently |yet )?(?:given|stated|specified|disclosed|documented|described|mentioned|evidenced|located|available|made available|supplied|provided|shown|presented)\b`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])(?:n['’](?:est|sont|a été|ont été)|ne (?:nous |lui |leur )?(?:a|ont) été) (?:pas )?(?:donnée?s?|indiquée?s?|précisée?s?|mentionnée?s?|décrite?s?|documentée?s?|communiquée?s?|transmise?s?)(?![\p{L}])|(?<![\p{L}])ne (?:nous|lui|leur) (?:a|ont) (?:pas )?été (?:fournie?s?|remise?s?|présentée?s?)(?![\p{L}])`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])(?:wird|werden|wurde|wurden|ist|sind) (?:\S+ ){0,3}(?:nicht|nirgends|nirgendwo) (?:angegeben|genannt|beschrieben|erwähnt|mitgeteilt|ausgewiesen|erläutert)(?![\p{L}])`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])no se (?:indica|indican|menciona|mencionan|describe|describen|precisa|precisan|facilita|facilitan)(?![\p{L}])|(?<![\p{L}])non (?:è|sono|viene|vengono) (?:stat[oaie] )?(?:indicat|specificat|descritt|menzionat|riportat|comunicat|dichiarat)[oaie](?![\p{L}])`,
      String.raw`${SECOND_CLAUSE_NOT}(?<![\p{L}])(?:wordt|worden|werd|werden|is|zijn) (?:\S+ ){0,3}niet (?:vermeld|gespecificeerd|beschreven|opgegeven|genoemd|aangegeven|toegelicht)(?![\p{L}])`,
    ],
  ),
  // "Die Zusammensetzung ist für uns ein Geschäftsgeheimnis", "Dazu sagen wir öffentlich nichts", "not something I can talk about".
  guarded(
    ['secret', 'geheim', 'nichts', 'comment', 'talk about', 'discuss'],
    [
      String.raw`\b(?:is|are|remains?|constitutes?) (?:[\w-]+ ){0,3}?(?:an? )?(?:trade secrets?|confidential business information)\b|(?<![\p{L}])(?:(?:ist|sind|bleibt|bleiben) (?:[\p{L}-]+ ){0,3}?(?:ein )?Geschäftsgeheimnis(?:se)?|(?:est|sont|reste|restent) (?:[\p{L}-]+ ){0,3}?(?:un )?secret (?:des affaires|commercial|industriel)|(?:es|son) (?:[\p{L}-]+ ){0,3}?(?:un )?secreto (?:comercial|industrial)|(?:è|sono) (?:[\p{L}-]+ ){0,3}?(?:un )?segreto (?:commerciale|industriale)|(?:is|zijn) (?:[\p{L}-]+ ){0,3}?(?:een )?bedrijfsgeheim(?:en)?)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:sagen|äußern) wir (?:uns )?(?:dazu )?(?:öffentlich |derzeit |aktuell )?nichts(?![\p{L}])|\b(?:we|i) (?:don't|do not|won't|will not|can't|cannot|aren't|are not|'re not) (?:publicly )?(?:comment(?:ing)? on|talk(?:ing)? about|discuss(?:ing)?) (?:that|this|it|specifics|details|numbers|figures)\b|\bnot something (?:i|we) can (?:talk about|discuss|share|comment on|disclose)\b`,
    ],
  ),
];

/** What an edit withdraws: a part of the card ("the link", "the table shown here", "the earlier estimate"). */
const WITHDRAWN_THING = String.raw`(?:link|section|statement|claim|note|figure|number|table|summary|description|paragraph|polic(?:y|ies)|instructions?|guide|recipe|estimate|score|result|value|date|format|entry|revision)s?`;

/** Words that withdraw what the card said before: an edit's retraction, correction or removal. */
const RETRACTED: readonly Guarded[] = [
  guarded(
    [
      'previous',
      'formerly',
      'earlier',
      'originally',
      'this card',
      'the card',
      'this section',
      'this page',
      'readme',
      'revision',
      'former',
      'older',
      'prior',
      'outdated',
      'removed',
      'withdr',
      'retract',
      'deleted',
      'taken down',
      'took down',
      'pulled',
      'retired',
      'superseded',
      'replaced',
      'in error',
      'premature',
      'defunct',
      'discontinued',
      'no longer',
      'dropped',
      'cancel',
      'abandoned',
      'postponed',
      'scrapped',
      'struck',
      'entfernt',
      'zurückgezogen',
      'gestrichen',
      'veraltet',
      'bisherig',
      'früher',
      'vorherig',
      'eerder',
      'precedenza',
      'anterior',
      'précédent',
      'antérieur',
      'précédemment',
    ],
    [
      String.raw`\b(?:previously|formerly|earlier|originally)\b,? (?:this card|the card|this section|this page|the readme|we|it)\b[^.;]{0,20}?\b(?:said|stated|claimed|reported|listed|gave|showed|described|mentioned|named|wrote|read)\b`,
      String.raw`\b(?:this card|the card|this section|this page|the readme|an? (?:earlier|previous|older|prior) (?:revision|version|edit)s?(?: of (?:this|the) (?:card|section|page|readme))?|(?:earlier|previous|older|prior) revisions?)\b[^.;]{0,40}?\b(?:said|stated|claimed|reported|listed|gave|showed|described|mentioned|named|quoted|wrote)\b`,
      String.raw`\b(?:earlier|previous|former|older|prior|outdated)\b (?:[\w"“”-]+ ){0,4}?${WITHDRAWN_THING}\b[^.;]{0,100}?\b(?:(?:has|have) been|was|were|is|are)\b (?:now |also )?(?:removed|withdrawn|retracted|deleted|taken down|pulled|retired|superseded|wrong|incorrect|inaccurate|premature|outdated|obsolete|invalid|dropped|cancell?ed|posted in error|a mistake|an error|mistaken)\b`,
      String.raw`\b${WITHDRAWN_THING}\b (?:(?:shown|given|listed|described|stated|linked|posted|quoted) )?(?:here|above|below|in (?:this|the) (?:card|section|readme))\b[^.;]{0,80}?\b(?:(?:has|have) been|was|were)\b (?:now |also )?(?:removed|withdrawn|retracted|deleted|taken down|pulled|retired|superseded|replaced)\b`,
      // "the section on function calling has been removed", "the earlier statement that … came from the Aurel-3-Vision card".
      String.raw`\b(?:the|this|that|our) (?:section|paragraph|table|link|statement|note|claim|description|figure) (?:on|about|for|with|to|describing|listing|giving|that)\b[^.;]{0,60}?\b(?:has|have) been (?:removed|withdrawn|retracted|deleted|taken down|pulled|superseded)\b`,
      String.raw`\b(?:earlier|previous|former|older|prior)\b (?:[\w"“”-]+ ){0,4}?${WITHDRAWN_THING}\b[^.;]{0,100}?\b(?:came from|comes from|belongs to|belonged to|referred to|applied to|was (?:for|about) )`,
      String.raw`\b(?:that|this|the) (?:date|plan|release date|deadline|timeline|figure|estimate|claim|statement) (?:has been|was|is) (?:dropped|cancell?ed|abandoned|withdrawn|postponed|scrapped)\b`,
      String.raw`\b(?:described|given|stated|listed|shown|quoted|reported|claimed|mentioned) in an? (?:earlier|previous|older|prior) (?:revision|version|edit)\b|\b(?:posted|published|added|included|stated|given|listed) in error\b|\bwas premature\b|\b(?:has|have|had) been (?:withdrawn|retracted|retired|taken down)\b`,
      String.raw`\bwe (?:have )?(?:removed|withdrawn|withdrew|retracted|deleted|took down|taken down|pulled) (?:the |our |this |that |its )?(?:[\w-]+ ){0,3}?${WITHDRAWN_THING}\b`,
      // An edit's note alone: "EDIT: removed, as this no longer reflects …", "(domain retired)", "(scores withdrawn pending re-evaluation)".
      String.raw`^\W*(?:edit|update|note|correction|erratum)\b[^:]{0,30}:\s*(?:removed|withdrawn|retracted|deleted|struck)\b|^\W*(?:removed|withdrawn|retracted|deleted)\W*$|\b(?:domain|address|e-?mail|link|url|page|channel|inbox|form) (?:is |was |has been )?(?:retired|defunct|discontinued|no longer (?:active|monitored|in use|valid))\b|\b(?:scores?|figures?|numbers?|results?|values?|estimates?) (?:(?:is|are|was|were|has been|have been) )?(?:withdrawn|retracted)\b`,
      String.raw`(?<![\p{L}])\p{L}*(?:beschreibung|angabe|abschnitt|aussage|tabelle|anleitung|hinweis)(?:en)?(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:wurden?|ist|sind) (?:\p{L}+ ){0,2}?(?:entfernt|zurückgezogen|gestrichen)(?![\p{L}])|(?<![\p{L}])(?:bisherige|frühere|vorherige)\p{L}* (?:\p{L}+ ){0,2}?\p{L}*(?:beschreibung|angabe|abschnitt|aussage|tabelle|anleitung|hinweis)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:war|ist|wurde) (?:\p{L}+ ){0,2}?(?:veraltet|falsch|fehlerhaft|unzutreffend|entfernt|zurückgezogen)(?![\p{L}])`,
      String.raw`(?<![\p{L}])eerder (?:vermelde|genoemde|gegeven|opgegeven)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:was|is|werd) (?:\p{L}+ ){0,3}?(?:onjuist|verwijderd|ingetrokken|achterhaald)(?![\p{L}])|(?<![\p{L}])(?:descritt|indicat|riportat|menzionat)[oaie] in precedenza(?![\p{L}])|(?<![\p{L}])(?:la|el|los|las) (?:descripción|cifra|dato|sección|enlace|afirmación|tabla)(?:es|s)? anterior(?:es)?(?![\p{L}])|(?<![\p{L}])(?:la|le|les) (?:description|chiffre|section|lien|affirmation|tableau|mention)s? (?:précédente?s?|antérieure?s?)(?![\p{L}])|(?<![\p{L}])précédemment (?:indiquée?s?|mentionnée?s?|publiée?s?)(?![\p{L}])`,
    ],
  ),
];

const HYPOTHETICAL = new RegExp(
  [
    String.raw`^(?:if|suppose|supposing|imagine|assuming|in case)\b[^.]*\b(?:would|could|might)\b`,
    // "If Aurel-3 were to exceed this, …": a supposition; "A model is presumed to have systemic risk where …": the law's test.
    String.raw`\bif\b[^.;]{1,80}\bwere (?:ever )?to\b|\b(?:a|any) (?:[\w-]+ ){0,3}model (?:is|shall be|will be) (?:presumed|deemed|classified as|considered to)\b`,
    // "Should it be required, we may appoint …", "… should Aurel-3 be designated": a condition, inverted.
    String.raw`\bshould (?:it|this|that|they|there|the (?:model|need)|\p{L}[\p{L}\p{N}]*(?:[-_.][\p{L}\p{N}]+)+) (?:ever )?(?:be|become|prove|turn out|exceed|reach|cross|need)\b`,
    // The same in the card languages: "Si lanzamos …, los pesos se publicarían", "Wenn wir …, würden wir …".
    String.raw`^(?:si|s'|se|qualora|wenn|falls|als|indien|mocht)\s[^.]*(?:\p{L}(?:ría|rían|rait|raient|rebbe|rebbero)|\b(?:würde|würden|wäre|wären|zou|zouden))(?![\p{L}])`,
    String.raw`\bhypothetical(?:ly)?\b`,
    // "Docs: a note explaining that Annex XI §1 2(c) asks providers to …", "explanation of what 'systemic risk' means under Art 3(65)".
    String.raw`\b(?:notes?|explanations?|explainers?|primers?) (?:explaining|explains|clarifying|of|on|about) (?:that |what |how |which |why )?[^.;]{0,80}?\b(?:Annex|Article|Art\.?|AI Act|Recital)\b`,
    // "We discussed whether Aurel-3 should call external APIs": a question put, not an answer.
    String.raw`\b(?:discuss(?:ed|ing)?|debat(?:ed|ing)|(?:is|are|was|were|remains?) (?:still )?(?:undecided|open|under discussion)) (?:on |about )?whether\b(?![^.;]*\b(?:decided|concluded|agreed|settled)\b)|(?<![\p{L}])(?:discuté (?:de savoir )?si|diskutiert,? ob|discutido si|discusso se|besproken of)(?![\p{L}])`,
    String.raw`\b(?:a|any|each|every) (?:model|provider)s? (?:that|which|whose|trained (?:with|on)) [^.]{0,100}\b(?:must|would|shall|is required|are required|has to|is presumed|are presumed|is considered|are considered)\b`,
    String.raw`\b(?:trained|training) (?:with|on|using) (?:more|less|fewer|over|above|below) than [^.]{0,40}\bflops?\b`,
    // "Providers established outside the EU have to appoint …", "Anbieter … müssen …": the law's duty of every provider.
    // (Not the provider's own terms for those building on the model: "Providers of apps built on Aurel-3 must …".)
    String.raw`^(?![^.;]*\b(?:this|the|our) model\b|[^.;]*\b(?:built|based|running) (?:on|upon)\b|[^.;]*\b(?:using|integrating|deploying)\b)(?:all |every |any )?providers (?:(?:of|established|based|located|placing|that|who|which|whose|outside|in)\b[^.;]{0,100}?)?\b(?:must|shall|have to|are required to|are obliged to|are obligated to|need to)\b|^(?:alle |die )?Anbieter (?:[^.;]{0,100}?)?(?<![\p{L}])müssen(?![\p{L}])|^(?:les |tous les )?fournisseurs (?:[^.;]{0,100}?)?(?<![\p{L}])(?:doivent|sont tenus)(?![\p{L}])|^(?:los |todos los )?proveedores (?:[^.;]{0,100}?)?(?<![\p{L}])(?:deben|tienen que|están obligados)(?![\p{L}])|^(?:i |tutti i )?fornitori (?:[^.;]{0,100}?)?(?<![\p{L}])(?:devono|sono tenuti)(?![\p{L}])|^(?:alle |de )?aanbieders (?:[^.;]{0,100}?)?(?<![\p{L}])(?:moeten|zijn verplicht)(?![\p{L}])`,
    // "Annex XI, Section 2, point 3, of the Act requires …", "L'Allegato XI … impone al fornitore di …": what the law asks of providers.
    String.raw`^(?:under |pursuant to |according to )?(?:the |l['’]|la |le |el |die |der |het |de )?(?:(?:Article|Art\.|Annex|Recital|Point|Anhang|Annexe|Anexo|Allegato|Bijlage|Artikel|Artículo|Articolo|Erwägungsgrund|Considérant|Considerando|Overweging)\s*[\dIVXL]+\b[^.;]{0,160}?|(?:EU )?AI Act|the Act|(?:EU )?(?:Regulation|Directive)(?: \(EU\))?(?: \d{4}\/\d+)?|(?:the )?Code of Practice) (?:requires?|obliges?|mandates?|stipulates?|demands?|calls for|provides that|lets|allows|permits|entitles|impone|richiede|prescrive|exige|impose|oblige|verlangt|fordert|vereist|verplicht|establece|obliga|staat|erlaubt|gestattet|autorise|permet|permite|consente|permette)(?![\p{L}])`,
    // "De conformidad con el punto 1 … del Anexo XII …, el proveedor deberá indicar …": the law's duty of any provider, restated.
    String.raw`^(?:de conformidad con|conforme al?|conformément à|en vertu d[eu']|gemäß|nach|ai sensi d\p{L}*|in conformità (?:a|con)|overeenkomstig|krachtens|in accordance with|pursuant to|under)\b[^;]{0,200}?\b(?:Annex|Article|Anexo|Annexe|Anhang|Allegato|Bijlage|Artículo|Artikel|Articolo|Regulation|Reglamento|Règlement|Verordnung|Regolamento|Verordening)\b[^;]{0,160}?,\s*(?:the|el|le|la|der|die|il|de|het|l['’]) ?(?:providers?|proveedor(?:es)?|fournisseurs?|Anbieter|fornitor[ei]|aanbieders?|(?:technical )?documentation|documentación|documentation technique|Dokumentation|documentazione|documentatie) (?:shall|must|is required to|are required to|deberá|deberán|debe|deben|doit|doivent|muss|müssen|deve|devono|moet|moeten)(?![\p{L}])`,
  ].join('|'),
  'iu',
);

const LINKED =
  /\]\(|https?:\/\/|\b(?:the|our|this|a) (?:paper|(?:technical |evaluation |model )?report|system card|blog post)\b[^.]{0,40}?\b(?:describes|details|reports|presents|lists|contains|covers)\b|\b(?:see|refer to|described in|detailed in|documented in|available (?:in|at)|(?:is|are) in|can be found (?:in|at)|reported in|published (?:in|at)|summari[sz]ed in|listed in)\b[^.]{0,80}?\b(?:report|paper|section|appendix|annex|documentation|card|page|blog|website|pdf|table|article|repository|repo)\b/i;

/** A leading clause of reason or concession ("Since …,", "Although …,"), when a main clause follows. */
const LEADING_REASON =
  /^(?:since|because|as|given that|although|though|even though|while|whereas)\b[^,;.]{1,120},\s*(?=\S[^,;]{10,})/i;

/** A task list's unchecked box: the item is still to do. */
const OPEN_TASK = /^\[ \]\s/;
/** A form's tick box, ticked or open: "[x] Yes", "[ ] No", "☒ Nein". */
const TICKED_BOX = /(?:\[[xX✓✔]\]|[☒☑✅])\s*[^\s[\]☐☒☑✅]+/u;
const OPEN_BOX = /\[ \]|☐/gu;
const TICKED_DENIAL = /(?:\]|[☒☑✅])\s*(?:no|nein|non|nee)(?![\p{L}])/iu;
const TICKED_ASSENT = /(?:\[[xX✓✔]\]|[☒☑✅])\s*(?:yes|ja|oui|s[ií]|sì)(?![\p{L}])/iu;
/** The same box opening a line: all its fields are still to do ("- [ ] EU representative — N/A"). */
const OPEN_TASK_LINE = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[ \][ \t]/;
/** A cross opening a statement, or standing alone in a cell: "❌ not measured", "✗". */
const CROSS_MARK = /^[\s>|*_-]*(?:[-*+][ \t]+)?(?:❌|✗|✘|✖️?|🚫|⛔)/u;
/** An hourglass or works sign opening a statement, or standing alone in a status cell: "⏳", "🚧 in progress". */
const PENDING_MARK = /^[\s>|*_-]*(?:[-*+][ \t]+)?(?:⏳|⌛|🚧|🔜)/u;
/** A tracker's status of work not done, written as trackers write it ("IN PROGRESS", "BLOCKED") or labelled ("Status: pending", "red_teaming_status: not started", "evalStatus: planned"). */
const OPEN_STATUS =
  /(?<![\p{L}])(?:IN PROGRESS|IN REVIEW|BLOCKED|NOT STARTED|TO ?DO|WIP)(?![\p{L}])|(?:\b[Ss]|_[Ss]|(?<=\p{Ll})S)tatus\W{0,6}\s*(?:[Ii]n progress|[Bb]locked|[Pp]ending|[Nn]ot (?:yet )?(?:started|begun)|[Pp]lanned|[Oo]pen|[Dd]raft|[Ss]cheduled|[Pp]ostponed|[Dd]eferred|[Oo]n hold|[Ee]xploratory)\b/u;
/** A tracker's status of work decided against: "Status: Won't do (this release)", "Status: Rejected". */
const DECLINED_STATUS =
  /(?:\b[Ss]|_[Ss]|(?<=\p{Ll})S)tatus\W{0,6}\s*(?:[Ww]on['’]?t (?:do|fix)|[Ww]ill not (?:do|fix)|[Rr]ejected|[Dd]ropped|[Cc]ancell?ed|[Dd]e-?scoped)\b/u;

/** A value that is only the status of work not done yet ("not started", "planned"), as a field holds it. */
const OPEN_VALUE =
  /^(?:not (?:yet )?(?:started|begun)|(?:still )?in progress|(?:planned|scheduled)(?: (?:before|for|by|in|after|at|ahead of) [^.;:]{1,40})?(?:[,;] (?:expected|due|targeted|target|ETA) [^.;:]{1,30})?|under way|underway|(?:gepland|geplant|prévue?s?|previst[oaie]|planificad[oa]s?|programad[oa]s?|pianificat[oa])(?: (?:vóór|voor|vor|für|bis|avant|pour|d'ici|antes de|para|prima di|entro|per|in|im|en|op|tegen) [^.;:]{1,40})?|(?:(?:[\p{L}-]+ ){0,2}(?:in corso|en cours|in Arbeit|in Bearbeitung|en curso|en progreso|in uitvoering|in progress|under way|underway))(?:[,;] [^.;]{1,60})?)\s*[.!]?$/iu;

/** A dash-set lead that opens with a denial ("No systemic risk assessment for Aurel-3 — …"). */
const DENYING_LEAD = /^(?:no|not|none|never)\s[^:–—]{3,80}?\s[-–—]\s/i;

/** A value wholly in quotes. */
const QUOTED_VALUE = /^["“](.*)["”]$/s;

/** A bracketed slot of a template: "[Provider legal name]", "[email address]". */
const BRACKET_SLOT = /\[[^\][\n]{1,60}\](?!\()/g;
/** A bracketed note about the value rather than a slot's name: "[TBD — pending legal review]". */
const SLOT_NOTE = /\b(?:tbd|tba|pending|planned|coming|soon|will|review|draft|todo)\b/i;
/** What is left of a template line once its slots are gone: labels and punctuation ("– contact:"). */
const LABELS_ONLY = /^[\s\p{P}\p{S}]*(?:\p{L}[\p{L} -]{0,20}\s*:[\s\p{P}\p{S}]*)*$/u;

/** Whether a value is slots with at most their labels: "[Provider legal name] – contact: [email address]". */
function onlySlots(content: string): boolean {
  if (!content.includes('[')) return false;
  const slots: string[] = [];
  const rest = content.replace(BRACKET_SLOT, (slot) => (slots.push(slot), ' '));
  if (slots.length === 0 || !LABELS_ONLY.test(rest)) return false;
  // One bracketed note alone ("[LICENSE TBD — pending legal review]") is read by what it says.
  return slots.length >= 2 || rest.includes(':') || !SLOT_NOTE.test(slots[0]);
}

/** A label that is only a provision of the AI Act: "Annex XII 1(g):", "Art. 53(1)(b) –", "Annex XI §1 2(b):". */
/** A requirement's acceptance criteria as a label, in the card languages. */
const ACCEPTANCE_LABEL =
  /^(?:acceptance criteri(?:a|on)|definition of done|akzeptanzkriterien|abnahmekriterien|crit[èe]res? d['’]acceptation|criterios? de aceptaci[óo]n|criteri di accettazione|acceptatiecriteri(?:a|um))\s*(?::|\s[-–—]\s)/iu;
const LAW_LABEL =
  /^\W*(?:(?:EU )?AI Act,?\s*)?(?:Art(?:icle|ikel|ículo|icolo)?\.?|Annex|Anhang|Annexe|Anexo|Allegato|Bijlage)\s*[\dIVXL]+\b[^:–—\n]{0,30}(?::|\s[-–—]\s)/iu;
/** A duty put on someone: "must", "shall", "are required to", and the same in the card languages. */
const OBLIGATION =
  /(?<![\p{L}])(?:must|shall|has to|have to|is required to|are required to|needs? to|müssen|muss|doivent|doit|deben|debe|devono|deve|moeten|moet)(?![\p{L}])/iu;

/** The mode of one statement's text. */
/** A statement that ends in a question mark ("Where can I report a problem?", "¿Dónde …?"). */
const QUESTION_END = /\?[\s"'”’)]*$/;
/** A questionnaire's numbered question: "Question 3.4:", "Q11.2", "Pregunta 21.1 –", "Frage 5.3:", "Vraag 18.1". */
const QUESTION_NUMBER =
  /^(?:(?:question|frage|pregunta|vraag|domanda|quesito|field|feld|champ|campo|veld)\s?(?:no\.?\s?|n°\s?|nr\.?\s?)?(?:[a-z]\.?)?\d+(?:\.\d+)*[a-z]?(?:\s*[:.)]|\s+[-–—]|(?=\s+[\p{L}(]))|q\s?\d+(?:(?:\.\d+)+[a-z]?(?:\s*[:.)]|\s+[-–—]|(?=\s+[\p{L}(]))|[a-z]?(?:\s*[:.)]|\s+[-–—]|(?=\s+\())))\s*/iu;
/** A request a questionnaire makes: "Provide the acceptable use policy …", "Describe the model's limitations.". */
const REQUEST =
  /^(?:please )?(?:provide|describe|state|list|explain|indicate|specify|confirm|give|identify|outline|summari[sz]e|detail|name|attach|share|upload|submit|enter|insert|fill in|beschreiben Sie|geben Sie|nennen Sie|décrivez|indiquez|fournissez|précisez|describa|indique|proporcione|especifique|descrivere|indicare|fornire|specificare|beschrijf|geef|vermeld)(?![\p{L}])/iu;

/**
 * A request for information put to the provider, as a regulator's or customer's letter makes it: "Please describe
 * the cybersecurity measures.", "Bitte geben Sie den Energieverbrauch an.", "Merci de décrire …", "Describa la
 * evaluación …", "Si prega di fornire …", "Gelieve … te bevestigen". One that points to an address offers a channel.
 */
const INFORMATION_REQUEST =
  /^(?:(?:please|kindly),? (?:kindly )?(?:describe|provide|state|list|explain|indicate|specify|confirm|identify|outline|summari[sz]e|detail|share|supply|clarify)|bitte (?:beschreiben|geben|nennen|übermitteln|bestätigen|erläutern|erklären|legen|reichen|teilen|stellen|benennen)(?: Sie)?|(?:merci de|veuillez) (?:bien vouloir )?(?:décrire|fournir|préciser|indiquer|confirmer|transmettre|expliquer|communiquer|détailler|joindre)|(?:por favor,? )?(?:describa|indique|proporcione|especifique|detalle|explique|confirme|facilite|aporte|remita)|(?:si prega di|si chiede di|vogliate) (?:descrivere|fornire|indicare|specificare|confermare|trasmettere|spiegare)|descriva|indichi|fornisca|specifichi|confermi|(?:gelieve )?(?:beschrijf|vermeld|bevestig|verstrek)|gelieve [^.;]{1,60}? te (?:beschrijven|geven|vermelden|bevestigen|bezorgen|verstrekken))(?![\p{L}])(?![^.;]*(?:@|https?:\/\/|www\.))/iu;

const TOPIC_IN_BRACKETS = /^\([^()]{1,100}\)\s*[.:]?$/;

/**
 * Whether a statement is a questionnaire's question, not its answer: the number and a request
 * ("Question 3.4: Provide the acceptable use policy"), or the number and the topic alone
 * ("Pregunta 3.2 – Política de uso aceptable (enlace o texto):", "Question 21 – Red teaming").
 */
function isNumberedQuestion(text: string): boolean {
  const number = QUESTION_NUMBER.exec(text);
  if (!number) return false;
  const rest = text.slice(number[0].length);
  // "Q 10.3 (public summary of training content).": the topic in brackets names the question; its answer follows.
  if (REQUEST.test(rest) || TOPIC_IN_BRACKETS.test(rest)) return true;
  // The topic alone: no colon before the end (where an answer would follow), no full sentence.
  const colon = rest.search(/[:：](?!\/\/)/);
  return (colon < 0 || rest.slice(colon + 1).trim() === '') && rest.length <= 120 && !/[.!](?:\s|$)/.test(rest);
}

/** When and who, before a chat message: "[14:31] ", "14:31 ", "<kofi> " (the speaker's "@noor:" is a label). */
const CHAT_PREFIX = new RegExp(String.raw`^(?:\[${CHAT_TIME}\]\s+|${CHAT_TIME}\s+(?=[@<]))?(?:<${CHAT_NICK}>?\s+)?`);

/**
 * A clause before a dash is no label: "Open weights are coming soon — we're aiming for the summer" plans, and
 * "Red-team your app before you ship it — injection is real" advises, whatever the words after the dash say.
 */
function clauseBeforeDash(text: string, content: string, groups: readonly Guarded[], denial = false): boolean {
  if (content.length >= text.length) return false;
  const lead = text.slice(0, text.length - content.length);
  // A dash ends a clause; for a denial, so does a colon after five words or more ("No, Aurel-3 no marca sus salidas de
  // ninguna forma: …"), where a plan or advice before a colon ("Deployers should note the following:") only introduces.
  const colon = denial && /:\s*$/.test(lead) && lead.trim().split(/\s+/).length >= 5;
  if (!/\s[-–—]\s*$/.test(lead) && !colon) return false;
  return matchesAny(groups, lead, ` ${lead.toLowerCase()}`);
}

export function classifyStatement(statement: string): StatementMode {
  // A table cell's closing pipe is no content ("| – |" is an empty cell).
  let text = statement
    .replace(DECORATION, ' ')
    .replace(LIST_MARKER, '')
    .replace(/\s+/g, ' ')
    .replace(CELL_END, '')
    .trim()
    .replace(CHAT_PREFIX, '')
    .replace(LEADING_EMOJI, '');
  // A field's value in quotes ('deployment_notes: "Consult your cloud provider …"') is read without them.
  let content = text.replace(LEAD_LABEL, '').trim().replace(QUOTED_VALUE, '$1').replace(LEADING_EMOJI, '');
  // "Aurel-3 is designed for:" introduces the list below it: a sentence, not an empty label.
  if (content === '' && LIST_INTRODUCTION.test(text)) content = text;
  if (
    content === '' ||
    PLACEHOLDER.test(content) ||
    // "Attachments: (none)": a value in brackets is read without them.
    PLACEHOLDER.test(content.replace(/^\((.*)\)$/, '$1')) ||
    // "Owner: Product Marketing (TBC)": a value still to be confirmed.
    (content.length < text.length && UNCONFIRMED_VALUE.test(content)) ||
    isCourtesy(text) ||
    (content.length < text.length && isCourtesy(content)) ||
    // A table's "No" answers its column ("| Political micro-targeting | No |" under "Allowed?"), not a question.
    (SHORT_DENIAL.test(content) && !CELL_END.test(statement) && !BARE_ANSWER.test(content)) ||
    // "🎉 6": a reaction and its count; "🫠" alone. A tick, a cross or an hourglass answers, as does any cell.
    (/^\d{1,4}$/.test(text) && LEADING_EMOJI.test(statement.trim())) ||
    // "🤷 2 — no maintainer reply": a thread's note that nobody answered.
    NO_REPLY.test(text.replace(/^\d{1,4}\s*[-–—]\s*/, '')) ||
    (!/[\p{L}\p{N}✅✓✔☑❌✗✘✕✖⏳⌛🚧🔜🚫⛔]/u.test(content) && !CELL_END.test(statement)) ||
    MAIL_SUBJECT.test(text) ||
    FINDING_RATING.test(text) ||
    WORKFLOW_FIELD.test(text) ||
    DECLINED_STATUS.test(text) ||
    TICKET_TITLE.test(text) ||
    CONFIRMED_ONLY.test(text) ||
    onlySlots(text) ||
    // "Function calling: not evaluated": a label whose value only denies answers nothing.
    (content.length < text.length && isBareDenial(content)) ||
    TODO_NOTE.test(text) ||
    LEFT_BLANK.test(text) ||
    BLANK_TO_FILL.test(statement) ||
    TEMPLATE_INSTRUCTION.test(text) ||
    LEFT_TO_FILL.test(content) ||
    TEMPLATE_SLOT.test(statement) ||
    UPPER_SLOT.test(statement) ||
    LOWER_SLOT.test(statement)
  )
    return 'placeholder';
  // "Red teaming carried out: [ ] Yes [x] No": the ticked box answers the field; "[ ] ISO 27001 [ ] SOC 2": nothing ticked.
  if (ticksNo(text)) return 'negated';
  if (!TICKED_BOX.test(text) && (text.match(OPEN_BOX) ?? []).length >= 2 && !OPEN_TASK.test(text)) return 'placeholder';
  // "R-07 Acceptable use policy — Vendor response: Compliant": a verdict, no content; "Will comply": still to do.
  const verdict =
    content.length < text.length || BARE_VERDICT.test(text) || OPEN_VERDICT.test(text) ? verdictOf(content) : null;
  if (verdict) return verdict;
  // "- [ ] Set up a contact point", "Open-weights release: BLOCKED (SEC-77)", "red_teaming: not started": an open task or a status still to be done.
  if (OPEN_TASK.test(text) || OPEN_STATUS.test(text) || OPEN_VALUE.test(content)) return 'planned';
  // "EDIT: the statement "The Commission has been notified" was posted in error": what it quotes is withdrawn.
  if (matchesAny(RETRACTED, text, ` ${text.toLowerCase()}`)) return 'retracted';
  // "Q: How much compute went into Aurel-3?": a question asks; its answer, a statement of its own, tells.
  if (QUESTION_END.test(text) || isNumberedQuestion(text) || INFORMATION_REQUEST.test(text)) return 'asked';
  // "Annex XII 1(g): providers must state the modalities": a provision as the label, its duty as the value.
  if (content.length < text.length && LAW_LABEL.test(text) && OBLIGATION.test(content)) return 'hypothetical';
  // "Acceptance criteria: card describes tool-call format …": what a requirement asks of the card, not what it says.
  if (content.length < text.length && ACCEPTANCE_LABEL.test(text)) return 'hypothetical';
  // "Coming in v1.1: audio input": the label says what the value is, here a plan.
  if (PLANNED_LABEL.test(text) || PLANNED_KEY.test(text) || clauseBeforeDash(text, content, PLANNED)) return 'planned';
  // "Red-team your own application before you ship it — prompt injection is real": the advice is the clause.
  if (ADVICE_LABEL.test(text) || OBLIGATION_LABEL.test(text) || clauseBeforeDash(text, content, ADVISED))
    return 'advised';
  // "No systemic risk assessment for Aurel-3 — it's a 7B model": a lead that denies is no label; the statement denies.
  if (content.length < text.length && DENYING_LEAD.test(text)) return 'negated';
  // "Aurel-3 outputs are not watermarked — é texto simples": a clause before a dash is no label; its denial or refusal stands.
  if (clauseBeforeDash(text, content, WITHHELD, true)) return 'withheld';
  if (clauseBeforeDash(text, content, NEGATED, true)) return 'negated';
  text = content.length < text.length ? content : text;
  // "It is worth noting that users should …", "Furthermore, deployers should …": the opener frames what follows.
  text = text.replace(DISCOURSE_OPENER, '');
  const lower = ` ${text.toLowerCase()}`;
  if (matchesAny(PLANNED, text, lower)) return 'planned';
  if (HYPOTHETICAL.test(text)) return 'hypothetical';
  // Kept from the public but held for the AI Office says where the documentation is.
  if (matchesAny(WITHHELD, text, lower) && !CLOSED_WEIGHTS.test(text))
    return HELD_FOR.test(text) ? 'linked' : 'withheld';
  if (matchesAny(ADVISED, text, lower)) return 'advised';
  // "Since we have no establishment in the EU, X acts as our representative": a reason given before the main clause, which is what the statement says.
  const main = text.replace(LEADING_REASON, '');
  if (matchesAny(NEGATED, main, main === text ? lower : ` ${main.toLowerCase()}`))
    return HELD_FOR.test(text) ? 'linked' : 'negated';
  // "- ❌ Energy use — 41 MWh": a cross marks what is not done or not there.
  if (CROSS_MARK.test(statement)) return 'negated';
  // "| Audio input | ⏳ | Q4 2025 |": a tracker's hourglass marks what is still to come.
  if (PENDING_MARK.test(statement)) return 'planned';
  if (LINKED.test(statement)) return 'linked';
  return 'reported';
}

/**
 * Modes of statements already classified, by their text, across cards: cards share their templates'
 * sentences ("More information needed", a licence paragraph), and on 2,500 corpus cards two in three
 * classifications repeat an earlier one. Cleared when full, so a long run holds at most this many.
 */
const knownModes = new Map<string, StatementMode>();
const MAX_KNOWN_MODES = 20_000;

/** `classifyStatement`, remembered. */
function rememberedMode(statement: string): StatementMode {
  let mode = knownModes.get(statement);
  if (mode === undefined) {
    mode = classifyStatement(statement);
    if (knownModes.size >= MAX_KNOWN_MODES) knownModes.clear();
    knownModes.set(detached(statement), mode);
  }
  return mode;
}

/**
 * A copy of a string that does not keep the text it was sliced from alive (V8 makes a slice a view
 * of its parent string; a flattened concatenation is a string of its own).
 */
function detached(slice: string): string {
  return (slice + ' ').slice(0, -1);
}

/** The [start, end) of the statement around `offset`: a sentence, list item, line or table cell. */
export function statementSpan(text: string, offset: number): [number, number] {
  let start = offset;
  const lowest = Math.max(0, offset - MAX_REACH);
  while (start > lowest && !endsStatementBefore(text, start)) start--;
  let end = offset;
  const highest = Math.min(text.length, offset + MAX_REACH);
  while (end < highest && !endsStatementBefore(text, end + 1)) end++;
  return [start, Math.min(text.length, end + 1)];
}

/** A coordinated clause in which the provider promises something ("and we will", "but we plan to"). */
const PROMISE_CLAUSE = /(?:and|but) (?:we|I)(?: will|'ll| plan to| intend to| hope to| aim to| are planning)\b/y;

/** "which Meta reports", "for which the Qwen team gives": a relative clause whose subject is a named party. */
const PARTY_CLAUSE =
  /(?:(?:for|of|on|by|in|from|with) )?(?:which|whom) (?:the )?(?!(?:Model|Licensor|Provider|Licensee|Software|Agreement)\b)\p{Lu}[\p{L}\p{N}.-]*/uy;

/** The label of a field after a separator: "plugins:" (not "12:30", nor a URL's "https:"). */
const FIELD_LABEL = /\*{0,2}\p{L}[^·•:\n]{0,40}:(?!\/\/)\*{0,2}\s/uy;

/** A relative clause closed by a comma and followed by the sentence's own verb. */
const EMBEDDED_CLAUSE = /[^,.;:\n]{1,80}, (?:was|is|were|are|has|had|uses|used|remains|[a-z]{3,}s)\b/y;

/** Whether a statement boundary lies just before `index`. */
function endsStatementBefore(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const previous = text.charCodeAt(index - 1);
  if (previous === 10 || previous === 13) return true;
  // A table cell ends at its pipe; a pipe inside inline code ("a `<|tool|>` token") is part of the sentence.
  if (previous === 124 /* | */) return !insideInlineCode(text, index - 1);
  // "Please report vulnerabilities, and we will fix them in future versions": the promise is a clause
  // of its own; it does not make the offer before it a plan.
  if (previous === 32 && (text.charCodeAt(index) === 97 || text.charCodeAt(index) === 98)) {
    PROMISE_CLAUSE.lastIndex = index;
    if (PROMISE_CLAUSE.test(text)) return true;
  }
  // "function calling: not evaluated · plugins: not tested": middle dots and bullets separate the
  // fields of a terse line, each a statement of its own (a list of values, "chat · RAG · code", stays one).
  if (previous === 32 && index >= 3 && text.charCodeAt(index - 3) === 32) {
    const separator = text.charCodeAt(index - 2);
    if (separator === 0xb7 || separator === 0x2022) {
      FIELD_LABEL.lastIndex = index;
      if (FIELD_LABEL.test(text)) return true;
    }
  }
  // "… builds on Mistral-7B, which Mistral AI released in 2023 …": a relative clause with a named party
  // of its own is that party's statement, not the sentence's.
  if (previous === 32 && index >= 2 && text.charCodeAt(index - 2) === 44 /* , */) {
    PARTY_CLAUSE.lastIndex = index;
    // "Lumen-7B, from which Aurel-3 is derived, was pre-trained …": a clause set inside the sentence ends before its verb.
    if (PARTY_CLAUSE.test(text)) {
      EMBEDDED_CLAUSE.lastIndex = index;
      return !EMBEDDED_CLAUSE.test(text);
    }
  }
  // ". The", "! 2", "? (" — a sentence end, not "e.g. users" nor "2.3 million".
  if (previous === 32 && index >= 2) {
    // Blanked markup and double spacing leave several spaces after the mark.
    let back = index - 2;
    while (back > 0 && back > index - 6 && text.charCodeAt(back) === 32) back--;
    // "**Q: Where can I report a problem?** A: …": the mark inside closing emphasis ends the sentence too.
    for (
      let closing = 0;
      closing < 2 && back > 0 && (text.charCodeAt(back) === 42 || text.charCodeAt(back) === 95);
      closing++
    )
      back--;
    const mark = text.charCodeAt(back);
    // "am 12. Januar 2026", "le 3. mai": a day number with its period is an ordinal, not a sentence end.
    if (mark === 46 && (isOrdinalDay(text, back) || isAbbreviation(text, back) || endsTaskName(text, back)))
      return false;
    if ((mark === 46 || mark === 33 || mark === 63) && text.charCodeAt(index) !== 32) {
      const next = text.charCodeAt(index);
      return (
        (next >= 65 && next <= 90) ||
        (next >= 48 && next <= 57) ||
        next === 40 ||
        next === 91 ||
        next === 42 ||
        // "Serious incident? → incident@…": an arrow points to the answer, in the same statement.
        (next > 127 && !(next >= 0x2190 && next <= 0x21ff) && next !== 0x27a1)
      );
    }
  }
  return false;
}

/** Whether the period at `dot` closes the name of a task list's item ("- [x] Licence. The base model …"). */
function endsTaskName(text: string, dot: number): boolean {
  const lineStart = text.lastIndexOf('\n', dot - 1) + 1;
  const name = TASK_ITEM_OPENING.exec(text.slice(lineStart, dot))?.[1];
  return name !== undefined && isTaskName(name);
}

/** Whether `at` lies between two backticks of its line. */
function insideInlineCode(text: string, at: number): boolean {
  let ticks = 0;
  for (let index = at - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 10) break;
    if (code === 96) ticks++;
  }
  return (
    ticks % 2 === 1 &&
    text.indexOf('`', at) > at &&
    text.indexOf('`', at) < (text.indexOf('\n', at) + 1 || text.length + 1)
  );
}

/** Abbreviations whose period ends no sentence: "Art. 54", "Example AI, Inc. (San Francisco)", "Fig. 3", "Nr. 2", a spec sheet's "EU Auth. Rep.". */
const ABBREVIATION_BEFORE =
  /(?:^|[^\p{L}])(?:art|arts|abs|para|no|nr|nos|fig|figs|sec|secs|eq|vol|ch|inc|ltd|co|corp|bros|dr|mr|mrs|ms|prof|st|vs|cf|approx|resp|ca|etc|al|e\.g|i\.e|z\.b|z\. b|z|d\. h|u\. a|bzw|vgl|ggf|u\.a|cap|núm|pag|pág|ref|refs|lit|cl|sched|encl|ed|eds|rev|incl|dept|auth|rep|dist|est|ctx|req|mgmt|std|spec|specs|config|govt|intl|max|min)$|(?:^|[\s(,])pp?$/iu;

/** Whether the period at `dot` closes an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 8), dot);
  return ABBREVIATION_BEFORE.test(before) || DOTTED_INITIALS.test(before);
}

/** Letters joined by periods: "Lexora B.V. (Amsterdam)", "Acme S.A.", "U.S." — a legal form or initials, not a sentence end. */
const DOTTED_INITIALS = /(?:^|[^\p{L}.])(?:\p{L}\.)+\p{L}$/u;

const MONTH_AFTER =
  /^\s*(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|gen|giu|lug|set|ott|mrt|mei|okt)/i;

/** Whether the period at `dot` closes a one- or two-digit day number followed by a month name. */
function isOrdinalDay(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 3), dot);
  if (!/(?:^|[^\d.,])\d{1,2}$/.test(before)) return false;
  return MONTH_AFTER.test(text.slice(dot + 1, dot + 10));
}

export interface Statement {
  start: number;
  end: number;
  mode: StatementMode;
  subject: StatementSubject;
}

/** Judges whose statement a text is (`start`: its offset in the text, for the table row it sits in); every statement is the card's own when none is given. */
export type SubjectJudge = (statement: string, start: number) => StatementSubject;
/** Judges whose one clause of a statement is (`at`: the offset inside the statement). */
export type ClauseJudge = (statement: string, at: number) => StatementSubject;
/** The part of a statement that speaks of the card's model (all of it unless a clause is another model's). */
export type OwnClauses = (statement: string) => string;

/** Statement modes (and subjects) of one text, classified on first use. */
export class StatementIndex {
  private readonly modes = new Map<number, StatementMode>();
  /** Table rows whose value cells are being read, so that a cell read as the row itself is not read again. */
  private readonly rowsBeingRead = new Set<number>();
  private readonly subjects = new Map<number, StatementSubject>();
  private readonly templateTables = new Map<number, boolean>();
  /** Where each heading of plans and its section run ([start, end)). */
  private plannedSpans?: [number, number][];
  /** The first line of the table each table line belongs to. */
  private readonly tableStarts = new Map<number, number>();
  /** Header rows, by offset, of tables whose body says nothing of the card's model. */
  private readonly silentHeaders = new Map<number, boolean>();
  constructor(
    readonly text: string,
    private readonly judgeSubject: SubjectJudge = () => 'this-model',
    private readonly judgeClause: ClauseJudge = () => 'this-model',
    private readonly keepOwnClauses: OwnClauses = (statement) => statement,
    /** The card's text at the same offsets, where `text` blanks structure: a bold line over a list is read there. */
    private readonly raw?: string,
    /** Whether a statement speaks of what the one before it named ("Those rules …", "Its context window …"). */
    private readonly takesSubjectFromBefore: (statement: string) => boolean = () => false,
  ) {}

  /** The text of the statement [start, end) that speaks of the card's model. */
  ownText(start: number, end: number): string {
    return this.keepOwnClauses(this.text.slice(start, end));
  }

  /** The mode of the statement holding `offset`. */
  modeAt(offset: number): StatementMode {
    const [start, end] = this.spanAt(offset);
    return this.modeOf(start, end);
  }

  /**
   * Whether the statement holding `offset` is evidence: an accepted mode, about the card's own model.
   * A phrase from a question into its answer ("Found a bug? Open an issue …", to `until`) is the answer's.
   */
  countsAt(offset: number, accept: ReadonlySet<StatementMode>, until = offset): boolean {
    let [start, end] = this.spanAt(offset);
    if (until > end && this.modeOf(start, end) === 'asked') [start, end] = this.spanAt(until - 1);
    if (!accept.has(this.modeOf(start, end)) || this.subjectOf(start, end) !== 'this-model') return false;
    // The card's sentence may hold another model's clause ("…, whereas GPT-3 used 1,287 MWh"): the match's own clause decides.
    return this.judgeClause(this.text.slice(start, end), Math.max(0, offset - start)) === 'this-model';
  }

  /** The statements of a span with their modes and subjects, in order (blank ones skipped). */
  statementsIn(from: number, to: number): Statement[] {
    const found: Statement[] = [];
    for (const [start, end] of this.spansIn(from, to))
      found.push({ start, end, mode: this.modeOf(start, end), subject: this.subjectOf(start, end) });
    return found;
  }

  /**
   * The [start, end) of each statement of a span, in order (blank ones skipped), found as the caller
   * reads them: a reader that stops early, or skips a statement's subject, pays for neither.
   */
  *spansIn(from: number, until: number): Generator<[number, number]> {
    const to = Math.min(until, this.text.length);
    let offset = from;
    while (offset < to) {
      while (offset < to && isGap(this.text.charCodeAt(offset))) offset++;
      if (offset >= to) break;
      const [, spanEnd] = statementSpan(this.text, offset);
      const end = Math.min(spanEnd, to);
      yield [offset, end];
      offset = Math.max(end, offset + 1);
    }
  }

  /** Whether the statement [start, end) (as `spansIn` gives it) is evidence: an accepted mode, about the card's own model. */
  counts(start: number, end: number, accept: ReadonlySet<StatementMode>): boolean {
    return accept.has(this.modeOf(start, end)) && this.subjectOf(start, end) === 'this-model';
  }

  /** The [start, end) of the statement holding `offset`. */
  spanAt(offset: number): [number, number] {
    // A match may begin with the line break, spaces or a table pipe before its words ("(?:^|\n)…", "| X").
    const limit = Math.min(this.text.length - 1, offset + 200);
    while (offset < limit && isGap(this.text.charCodeAt(offset))) offset++;
    return statementSpan(this.text, offset);
  }

  /**
   * A statement read from its start is read whole: a span cut short by a caller's range (a label's line ending
   * mid-sentence) would otherwise judge, and remember for that start, only its first words.
   */
  private wholeEnd(start: number, end: number): number {
    const [from, to] = statementSpan(this.text, start);
    return from === start ? Math.max(end, to) : end;
  }

  private modeOf(start: number, cut: number): StatementMode {
    let mode = this.modes.get(start);
    if (mode === undefined) {
      const end = this.wholeEnd(start, cut);
      mode = rememberedMode(this.text.slice(start, end));
      // "Security roadmap:" over a list: its items are plans; under "**Guidance for deployers**", advice.
      if (mode === 'reported' || mode === 'linked') mode = modeOfLeadIn(this.text, start, this.raw) ?? mode;
      if ((mode === 'reported' || mode === 'linked') && this.inTemplateTable(start)) mode = 'placeholder';
      // "| Parameters | TBD |": a row's label says no more than its value, as "Parameters: TBD" does.
      if (mode === 'reported' || mode === 'linked') mode = this.rowValueMode(start) ?? mode;
      if (mode === 'reported' || mode === 'linked') mode = this.requirementCellMode(start) ?? mode;
      // "| Property | Value |": a row of column names only labels the rows below it.
      if (mode === 'reported' && this.inColumnNamesRow(start)) mode = 'placeholder';
      // "contact {{ contact_email }}": a slot that the prose view blanks is still read in the card's text.
      if ((mode === 'reported' || mode === 'linked') && this.raw?.length === this.text.length) {
        const raw = this.raw.slice(start, end);
        if (raw !== this.text.slice(start, end) && TEMPLATE_SLOT.test(raw)) mode = 'placeholder';
      }
      if ((mode === 'reported' || mode === 'linked') && this.underPlannedHeading(start)) mode = 'planned';
      // "Tip: Evaluate on your own data. Public benchmarks rarely reflect your use case. Build a test set …": a tip throughout.
      if ((mode === 'reported' || mode === 'linked') && this.inTipParagraph(start)) mode = 'advised';
      // A field read on its own from "- [ ] EU representative — N/A (…)" or "- ❌ Energy — …" keeps its line's mark.
      if (mode === 'reported' || mode === 'linked') mode = this.lineMarkMode(start) ?? mode;
      if ((mode === 'reported' || mode === 'linked') && CONTINUATION.test(this.text.slice(start, end)))
        mode = this.continuedMode(start) ?? mode;
      this.modes.set(start, mode);
    }
    return mode;
  }

  /** The mode a sentence like "This includes …" takes from the sentence before it in the same paragraph, when that one advises, plans or supposes. */
  private continuedMode(start: number): StatementMode | null {
    const previousSpan = this.previousInParagraph(start);
    if (!previousSpan) return null;
    const previous = this.modeOf(...previousSpan);
    return previous === 'advised' || previous === 'planned' || previous === 'hypothetical' ? previous : null;
  }

  /**
   * Whether the statement at `start` goes on a field line after a pipe ("Halcyon-70B: MMLU 79.5 | GSM8K 85.1"):
   * outside a table the pipe only separates the values of one label.
   */
  private continuesField(start: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const before = this.text.slice(lineStart, start);
    return /\|\s*$/.test(before) && !/^[ \t]*\|/.test(before);
  }

  /** The [start, end) of the statement before the one at `start`, when it stands in the same paragraph. */
  private previousInParagraph(start: number): [number, number] | null {
    let before = start - 1;
    while (before >= 0 && isGap(this.text.charCodeAt(before))) {
      if (this.text.charCodeAt(before) === 10 && this.text.charCodeAt(before - 1) === 10) return null;
      before--;
    }
    if (before < 0) return null;
    const [previousStart, previousEnd] = statementSpan(this.text, before);
    return previousStart < start ? [previousStart, Math.min(previousEnd, start)] : null;
  }

  /** Whether the paragraph holding `start` opens with a tip's label ("Tip:", "Pro tip:", "Best practice:"). */
  private inTipParagraph(start: number): boolean {
    const paragraph = this.text.lastIndexOf('\n\n', start - 1) + 2;
    const opening = this.text.slice(Math.max(0, paragraph - 2), start).trimStart();
    return opening.length > 0 && TIP_LEAD.test(opening);
  }

  /** Whether the nearest heading above `offset` names plans ("## Coming soon", "## Roadmap"): what it holds is not done yet. */
  private underPlannedHeading(offset: number): boolean {
    if (!this.plannedSpans) {
      // Only headings of plans are kept, each with where the next heading starts: most cards have none.
      const source = this.raw && this.raw.length === this.text.length ? this.raw : this.text;
      const headings = [...source.matchAll(/^ {0,3}#{1,6}[ \t]+([^\n]*)$/gm)];
      this.plannedSpans = headings.flatMap((heading, index) =>
        PLANNED_HEADING.test(heading[1].replace(/[*_`#]/g, '').trim())
          ? [[heading.index, headings[index + 1]?.index ?? source.length] as [number, number]]
          : [],
      );
    }
    return this.plannedSpans.some(([from, to]) => offset >= from && offset < to);
  }

  /** Whether `offset` lies in a table whose every value cell is a slot left to fill ("| MMLU | TBD |"): a template, labels and all. */
  private inTemplateTable(offset: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    if (!TABLE_LINE.test(this.text.slice(lineStart, offset + 1))) return false;
    const tableStart = this.tableStartOf(lineStart);
    let template = this.templateTables.get(tableStart);
    if (template === undefined)
      this.templateTables.set(tableStart, (template = isTemplateTable(this.text, tableStart)));
    return template;
  }

  /** The mode that the mark opening the line of `offset` gives it, past the mark: an unchecked box plans, a cross denies. */
  private lineMarkMode(offset: number): StatementMode | null {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    if (lineStart === offset) return null;
    const opening = this.text.slice(lineStart, Math.min(offset, lineStart + 12));
    if (OPEN_TASK_LINE.test(opening)) return 'planned';
    if (PENDING_MARK.test(opening)) return 'planned';
    return CROSS_MARK.test(opening) ? 'negated' : null;
  }

  /** Whether `offset` lies in a table row whose every cell is a generic column name ("| Property | Value |"). */
  private inColumnNamesRow(offset: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    if (!TABLE_LINE.test(this.text.slice(lineStart, offset + 1))) return false;
    const cells = rowCells(lineFrom(this.text, lineStart));
    if (cells.length >= 2 && cells.every((cell) => COLUMN_NAME.test(cell))) return true;
    // "| Stage | Vela-2 | Orion-8 | Aurel-3 |": a table's header names its columns; it says something of the card's
    // model only through a row that does ("| Pretraining | 15 T | 6 T | — |" does not).
    const lineEnd = this.text.indexOf('\n', lineStart);
    if (cells.length < 2 || lineEnd < 0 || this.tableStartOf(lineStart) !== lineStart) return false;
    // "| Parameters | 7B |", "| Known incidents | none |": two cells may be the first row's data, unless one names a column.
    if (
      cells.length === 2 &&
      !NAMES_A_COLUMN.some((column) => column.test(cells[1])) &&
      !NAMES_A_ROWS_COLUMN.some((column) => column.test(cells[0]))
    )
      return false;
    const delimiterEnd = this.text.indexOf('\n', lineEnd + 1);
    if (!DELIMITER_ROW.test(this.text.slice(lineEnd + 1, lineEnd + 40)) || delimiterEnd < 0) return false;
    let silent = this.silentHeaders.get(lineStart);
    if (silent === undefined) this.silentHeaders.set(lineStart, (silent = !this.bodySaysOwn(delimiterEnd + 1)));
    return silent;
  }

  /** Whether a table body from `rowStart` holds a cell that is the card's model's statement. */
  private bodySaysOwn(rowStart: number): boolean {
    const evidence: ReadonlySet<StatementMode> = new Set(['reported', 'linked']);
    for (let row = rowStart, rows = 0; row > 0 && rows < MAX_BODY_ROWS; rows++) {
      if (!TABLE_LINE.test(this.text.slice(row, row + 4))) return false;
      for (const [start, cell] of this.valueCells(row)) {
        if (cell.trim() === '') continue;
        const [from, to] = this.spanAt(start);
        if (this.counts(from, to, evidence)) return true;
      }
      row = this.text.indexOf('\n', row) + 1;
    }
    return false;
  }

  /**
   * The mode of the value cells of the table body row whose first cell starts at `offset`, when all of
   * them are empty of a statement (slots, plans, denials, withheld or withdrawn values); otherwise null.
   */
  private rowValueMode(offset: number): StatementMode | null {
    // "| ` | ` systemic risk |": a pipe inside inline code splits cells where statements do not end, so a value cell's
    // statement can start at the row's own first cell; it is not asked about again while its row is being read.
    if (this.rowsBeingRead.has(offset)) return null;
    this.rowsBeingRead.add(offset);
    try {
      return this.readRowValueMode(offset);
    } finally {
      this.rowsBeingRead.delete(offset);
    }
  }

  private readRowValueMode(offset: number): StatementMode | null {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const before = this.text.slice(lineStart, offset);
    if (!FIRST_CELL_BEFORE.test(before) && !ID_CELLS_BEFORE.test(before)) return null;
    // The header row names the columns; its cells are labels of no row.
    if (this.tableStartOf(lineStart) === lineStart) return null;
    const cells = this.valueCells(offset);
    if (cells.length === 0) return null;
    let valueMode: StatementMode | null = null;
    let generalOnly = false;
    for (const [start, cell] of cells) {
      if (cell.trim() === '') {
        valueMode ??= 'placeholder';
        continue;
      }
      const span = this.spanAt(start);
      // "| Pretraining | 15 T tokens | 6 T tokens | — |" under "| Stage | Vela-2 | Orion-8 | Aurel-3 |": only the card's own
      // cell speaks for it; "| Art 53(1)(d) | providers of GPAI models must publish … |" speaks of no model in particular.
      const subject = this.subjectOf(...span);
      if (subject !== 'this-model') {
        generalOnly ||= subject === 'models-in-general';
        continue;
      }
      const mode = this.modeOf(...span);
      if (!EMPTY_VALUE_MODES.has(mode)) return null;
      valueMode ??= mode;
    }
    return valueMode ?? (generalOnly ? 'hypothetical' : null);
  }

  /**
   * The mode of a cell under a column of the law's requirements or triggers ("| Who | Duty |" over "| Providers of
   * … | keep track of, document and report … |", "| Trigger | Deadline |"): what is required, not what was done.
   */
  private requirementCellMode(offset: number): StatementMode | null {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    if (!TABLE_LINE.test(this.text.slice(lineStart, lineStart + 4))) return null;
    const tableStart = this.tableStartOf(lineStart);
    if (tableStart === lineStart) return null;
    const column = columnAt(this.text, lineStart, offset);
    const header = rowCells(lineFrom(this.text, tableStart))[column - 1];
    if (!header) return null;
    if (CONDITION_COLUMN.test(header)) return 'hypothetical';
    // "| Recommendation | Why |": what the column holds is advice to the reader; "| Question to ask |", questions.
    if (ADVICE_COLUMN.test(header)) return 'advised';
    if (QUESTION_COLUMN.test(header)) return 'asked';
    if (!REQUIREMENT_COLUMN.test(header)) return null;
    return REQUIRED_ACTION.test(this.text.slice(offset, offset + 80).replace(/^[\s|*_]+/, '')) ? 'hypothetical' : null;
  }

  /** The value cells, with their offsets, of the table row whose first cell starts at `offset`. */
  private valueCells(offset: number): [number, string][] {
    const lineEnd = this.text.indexOf('\n', offset);
    const row = this.text.slice(offset, lineEnd < 0 ? this.text.length : lineEnd).replace(/\|\s*$/, '');
    const cells: [number, string][] = [];
    let at = row.indexOf('|');
    while (at >= 0) {
      const next = row.indexOf('|', at + 1);
      cells.push([offset + at + 1, row.slice(at + 1, next < 0 ? row.length : next)]);
      at = next;
    }
    return cells;
  }

  /** The first line of the table whose line starts at `lineStart`: each line is walked once per card, not once per cell. */
  private tableStartOf(lineStart: number): number {
    const walked: number[] = [];
    let tableStart = lineStart;
    for (;;) {
      const known = this.tableStarts.get(tableStart);
      if (known !== undefined) {
        tableStart = known;
        break;
      }
      walked.push(tableStart);
      const previous = this.text.lastIndexOf('\n', tableStart - 2) + 1;
      if (tableStart === 0 || !TABLE_LINE.test(this.text.slice(previous, tableStart))) break;
      tableStart = previous;
    }
    for (const line of walked) this.tableStarts.set(line, tableStart);
    return tableStart;
  }

  private subjectOf(start: number, cut: number): StatementSubject {
    let subject = this.subjects.get(start);
    if (subject === undefined) {
      const statement = this.text.slice(start, this.wholeEnd(start, cut));
      subject = this.judgeSubject(statement, start);
      // "Aurel-2 was covered by the Aurel-2 Usage Rules. Those rules are archived at …": the pronoun keeps the subject before it.
      if (subject === 'this-model' && (this.takesSubjectFromBefore(statement) || this.continuesField(start))) {
        const previous = this.previousInParagraph(start);
        if (previous && this.subjectOf(...previous) === 'other-model') subject = 'other-model';
      }
      this.subjects.set(start, subject);
    }
    return subject;
  }
}

/** A heading over what is not done yet: "Coming soon", "Roadmap", "Planned features", "Future work", "Geplant". */
const PLANNED_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:coming soon|roadmap|planned(?: features| work| improvements| changes)?|upcoming(?: [\p{L}-]+){0,2}|future (?:work|plans|releases|improvements|features)|next steps|what'?s next|on the roadmap|open (?:items|points)|action (?:items|points)|offene punkte|aktionspunkte|points ouverts|puntos pendientes|punti aperti|open punten|actiepunten|geplant\p{L}*|demnächst|prochainement|à venir|feuille de route|próximamente|hoja de ruta|in arrivo|prossimamente|binnenkort|gepland\p{L}*)(?:\s*\([^()\n]{1,30}\))?\s*:?$/iu;
/** A sentence that goes on with the one before ("This includes honouring opt-outs", "Doing so means …"): it says what that one says. */
const CONTINUATION =
  /^\W*(?:this|that|these|doing so|it) (?:also |further )?(?:includes?|means|covers|involves|extends to|applies to|requires)\b/i;
const TABLE_LINE = /^[ \t]*\|/;
/** A column of the law's requirements: "Requirement", "Duty", "Obligation", "Deadline", "Meaning", in the card languages. */
const REQUIREMENT_COLUMN =
  /^\W*(?:(?:legal |regulatory |statutory )?(?:requirements?|obligations?|duty|duties)|deadlines?|Anforderung(?:en)?|Pflicht(?:en)?|Frist(?:en)?|exigences?|obligations?|délais?|requisitos?|obligaci(?:ón|ones)|plazos?|requisiti|obblighi|obbligo|scadenz[ae]|vereisten|verplichting(?:en)?|termijn(?:en)?)\W*$/iu;
/** A column of the conditions that set a duty off, or of what a term means: "Trigger", "Condition", "Meaning". */
const CONDITION_COLUMN =
  /^\W*(?:triggers?|conditions?|when|if|meaning|definitions?|Auslöser|Bedingung(?:en)?|Bedeutung|Definition(?:en)?|déclencheurs?|conditions?|signification|définitions?|condici(?:ón|ones)|significado|definici(?:ón|ones)|condizion[ei]|significato|definizion[ei]|voorwaarden?|betekenis|definities?)\W*$/iu;
/** A column of advice to the reader: "Recommendation", "Best practice", "What to do", in the card languages. */
const ADVICE_COLUMN =
  /^\W*(?:recommendations?|recommended (?:actions?|practices?)|advice|tips?|best practices?|what (?:to|you should) do|guidance|Empfehlung(?:en)?|Hinweise?|recommandations?|conseils?|recomendaci(?:ón|ones)|consejos?|raccomandazion[ei]|consigli|aanbeveling(?:en)?|advie(?:s|zen))\W*$/iu;
/** A column of questions: "Question", "Question to ask", "Frage". */
const QUESTION_COLUMN =
  /^\W*(?:questions?(?: to ask)?|Fragen?|questions? à poser|preguntas?|domande?|vragen?|vraag)\W*$/iu;
/** What such a column's cell requires, opening with its duty's modal or verb: "must appoint …", "notify the Commission …". */
const REQUIRED_ACTION =
  /^(?:must|shall|should|has to|have to|(?:is |are )?required to|needs? to|obliged to|müssen|muss|doivent|doit|deben|debe|devono|deve|moeten|moet|keep|notify|publish|appoint|report|document|draw up|make available|put in place|ensure|inform|assess|mitigate|perform|cooperate|submit|register|disclose|maintain|implement|providers? (?:of|must|shall))(?![\p{L}])/iu;
/** A header cell's names of a value column: "Figure", "Status", "Requirement", "Meaning". */
const VALUE_COLUMN =
  /^\W*(?:figures?|numbers?|amounts?|scores?|results?|status|state|(?:minimum |required |min\.? )?versions?|Wert(?:e)?|Zahl(?:en)?|chiffres?|cifras?|cifre|cijfers?|Statut|estado|stato)\W*$/iu;
/** A tip's label opening a paragraph: "Tip:", "Pro tip:", "Hint:", "Best practice:", "Tipp:", "Conseil :". */
const TIP_LEAD = /^[*_]*(?:(?:pro )?tips?|hints?|best practices?|tipps?|conseils?|consejos?|consigli)[*_]*\s*:/i;
/** How many body rows are read for one that speaks of the card's model. */
const MAX_BODY_ROWS = 60;
/** A column's name that says nothing of a row: "Property", "Value", "Details", "Notes". */
const COLUMN_NAME =
  /^(?:propert(?:y|ies)|values?|fields?|items?|details?|descriptions?|keys?|attributes?|names?|entry|entries|information|info|topics?|notes?|comments?|specifications?|specs?|characteristics?|aspects?|categor(?:y|ies)|answers?|parameters?|settings?|elements?|eigenschaft|wert|merkmal|angaben|propriété|valeur|élément|propiedad|valor|elemento|proprietà|valore|eigenschap|waarde)$/i;
/** What stands before a table row's first cell: its opening pipe. */
const FIRST_CELL_BEFORE = /^[ \t]*\|[ \t]*$/;
/** Cells before a row's label that only number it ("| R-07 | Acceptable use policy | Compliant |"). */
const ID_CELLS_BEFORE = /^[ \t]*\|(?:[ \t]*(?:[A-Z]{1,4}[-. ]?)?\d+(?:[.-]\d+)*[a-z]?[ \t]*\|)+[ \t]*$/i;
/** Modes of a value that states nothing of its own: a row labelled by it says nothing either. */
const EMPTY_VALUE_MODES: ReadonlySet<StatementMode> = new Set([
  'placeholder',
  'hypothetical',
  'asked',
  'planned',
  'negated',
  'withheld',
  'retracted',
]);
/** A table body's value left to fill: "TBD", "coming soon", "—", "[score]". "none" or "n/a" may be an answer and is not one. */
const SLOT_CELL =
  /^(?:tbd|tba|tbc|todo|to ?do|pending|coming soon|soon|wip|to be (?:added|announced|determined|confirmed|completed|updated|published|released|provided|reported)(?: later| soon)?|x{2,}|\.{3}|…|\?+|[-–—]+|\[[^\]]*\]|\{\{.*\}\}|<[^>]*>)$/i;
const TABLE_SEPARATOR = /^[\s|:-]+$/;
/** A table (from `start`) with body rows whose cells after the first are all slots. */
function isTemplateTable(text: string, start: number): boolean {
  const rows: string[][] = [];
  for (let lineStart = start; lineStart < text.length;) {
    const lineEnd = text.indexOf('\n', lineStart) + 1 || text.length;
    const line = text.slice(lineStart, lineEnd);
    if (!TABLE_LINE.test(line)) break;
    if (!TABLE_SEPARATOR.test(line)) rows.push(rowCells(line).map((cell) => cell.replace(/[*_`]/g, '').trim()));
    lineStart = lineEnd;
  }
  const values = rows.slice(1).flatMap((cells) => cells.slice(1));
  return values.length > 0 && values.every((cell) => SLOT_CELL.test(cell));
}

const LIST_LINE = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;
/** A lead-in that makes the list below it plans: "Roadmap:", "Planned for v2:", "Next steps:". */
/** A list's title that names it as work still to do, with or without a colon: "**Open items**", "Action items", "Actiepunten". */
const OPEN_WORK_TITLE =
  /^(?:open (?:items|points|actions|tasks)|action (?:items|points)|roadmap(?: (?:for )?v?\d[\w.]*)?|coming soon|planned (?:features|work|changes)|upcoming (?:features|releases)|(?:next )?actions to take|next actions|follow[- ]ups?|to-?dos?|offene punkte|aktionspunkte|points (?:ouverts|en suspens)|actions à mener|puntos (?:abiertos|pendientes)|acciones pendientes|punti aperti|azioni da intraprendere|open punten|actiepunten)\s*:?$/iu;
const PLANNED_LEAD_IN =
  /(?:\broadmap|\bplanned|\bupcoming|\bcoming soon|\bnext steps|\bfuture work|\bto ?do|\bin progress|\bgeplant|\bprévu(?:e|s|es)?|\bprevist[oaie]|\bgepland)\b[^\n]{0,40}:\s*$/i;
/**
 * A lead-in that is only a provision of the AI Act ("EU AI Act, Art. 53(1)(d)", "Article 52(1) — notification"): the
 * list below it says what the law requires, not what was done. ("Article 14 – Adversarial testing" of a licence is its own clause.)
 */
const LAW_LEAD_IN =
  /^(?=.*(?:AI Act|KI-VO|AI-verordening|\d\(\d+\)))(?:(?:the )?(?:EU )?AI Act,?\s*|KI-VO,?\s*)?(?:Art(?:icle|ikel|\.)?\s*\d+(?:\(\d+\))*(?:\s?\([a-z]\))?|Annex [IVX]+)(?:\s*(?:AI Act|KI-VO|of the AI Act))?\s*(?:[-–—:]\s*[\p{L} -]{0,40})?:?$/iu;
/** How many list lines are passed over to find a list's lead-in. */
const LEAD_IN_LINES = 40;

/**
 * A lead-in that makes the list below it advice to others: "**Guidance for deployers**", "Recommendations for
 * integrators:", "Recommandations aux intégrateurs", "Empfehlungen für Betreiber", "Bij self-hosting".
 */
const ADVICE_LEAD_IN =
  /(?:\b(?:recommendations?|guidance|advice|tips|best practices|notes?|hints|checklist) (?:for|to) (?:\w+ )?(?:deployers|developers|users|integrators|operators|self-host\w*|downstream \w+)|\b(?:deployment|integration|integrator|deployer) (?:recommendations|guidance|tips|best practices)|\b(?:when|if you are|if you're) self-hosting|(?<![\p{L}])(?:(?:empfehlungen|hinweise|tipps) (?:für|an) (?:\p{L}+ )?(?:betreiber|entwickler|nutzer|integratoren|anwender)\p{L}*|(?:recommandations?|conseils?) (?:aux|pour les|à l'intention des) (?:intégrateurs|déployeurs|développeurs|utilisateurs|opérateurs)|(?:recomendaciones|consejos) (?:para|a) (?:los )?(?:integradores|desarrolladores|usuarios|implementadores|operadores)|(?:raccomandazioni|consigli) (?:per|agli?|ai) (?:gli |i )?(?:integratori|sviluppatori|utenti|operatori)|(?:aanbevelingen|adviezen|tips) voor (?:integratoren|ontwikkelaars|gebruikers|beheerders)|bij self-hosting))(?![\p{L}])[^\n]{0,40}$/iu;

/** The mode a list's lead-in line gives its items ("Roadmap:" plans, "Guidance for deployers" advice), if any. */
function modeOfLeadIn(text: string, start: number, raw?: string): StatementMode | null {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!LIST_LINE.test(text.slice(lineStart, lineStart + 8))) return null;
  let blankSkipped = false;
  for (let steps = 0; steps < LEAD_IN_LINES && lineStart > 0; steps++) {
    const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
    let line = text.slice(previous, lineStart - 1);
    if (LIST_LINE.test(line) || /^[ \t]{2,}\S/.test(line)) {
      lineStart = previous;
      continue;
    }
    // A bold line alone is blanked as structure in the prose text: read it from the card's text.
    if (!line.trim() && raw && raw.length === text.length) line = raw.slice(previous, lineStart - 1);
    // The lead-in may stand one blank line above the list.
    if (!line.trim() && !blankSkipped) {
      blankSkipped = true;
      lineStart = previous;
      continue;
    }
    line = line.replace(/[*_#>]/g, '').trim();
    if (PLANNED_LEAD_IN.test(line) || OPEN_WORK_TITLE.test(line)) return 'planned';
    if (LAW_LEAD_IN.test(line)) return 'hypothetical';
    return ADVICE_LEAD_IN.test(line) ? 'advised' : null;
  }
  return null;
}

/** White space or a table pipe: what lies between statements. */
function isGap(code: number): boolean {
  if (code === 32 || code === 124 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && WHITE_SPACE.test(String.fromCharCode(code));
}
const WHITE_SPACE = /\s/;

const indexes = new WeakMap<object, Map<string, StatementIndex>>();

/** The [bodyStart, subtreeEnd) spans of sections whose title gives their content as another model's. */
function othersSections(facts: SubjectSource): [number, number][] {
  return facts.sections
    .filter((section) => section.depth > 0 && section.title && titleGivesOthers(section.title, facts))
    .map((section) => [section.bodyStart, section.subtreeEnd]);
}

/** The statement index of one of a card's texts, kept as long as the card's facts are. */
export function statementIndex(facts: SubjectSource, text: string, which: string): StatementIndex {
  let byText = indexes.get(facts);
  if (!byText) indexes.set(facts, (byText = new Map()));
  let index = byText.get(which);
  if (!index) {
    const cues = facts.subjectCues;
    // "## Intended use (from the original model card)": what the section says is another model's.
    const others = cues ? othersSections(facts) : [];
    const judge: SubjectJudge | undefined = cues
      ? (statement, start) =>
          others.some(([from, to]) => start >= from && start < to)
            ? 'other-model'
            : subjectInText(text, start, statement, ownNames(facts, cues), cues, facts.text)
      : undefined;
    const judgeClause: ClauseJudge | undefined = cues
      ? (statement, at) => clauseSubjectAt(statement, at, ownNames(facts, cues), cues)
      : undefined;
    const keepOwn: OwnClauses | undefined = cues
      ? (statement) => ownClausesText(statement, ownNames(facts, cues), cues)
      : undefined;
    const anaphoric = cues ? (statement: string) => refersBack(statement, ownNames(facts, cues)) : undefined;
    byText.set(which, (index = new StatementIndex(text, judge, judgeClause, keepOwn, facts.text, anaphoric)));
  }
  return index;
}

/** Header cells that name a column rather than hold a first row's data. */
const NAMES_A_COLUMN = [
  COLUMN_NAME,
  VALUE_COLUMN,
  REQUIREMENT_COLUMN,
  CONDITION_COLUMN,
  ADVICE_COLUMN,
  QUESTION_COLUMN,
];
/** A first header cell that names what its rows are ("Question", "Recommendation"), where "Parameters" may be a row's label. */
const NAMES_A_ROWS_COLUMN = [REQUIREMENT_COLUMN, CONDITION_COLUMN, ADVICE_COLUMN, QUESTION_COLUMN];
