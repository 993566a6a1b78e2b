/**
 * The words of the clause ties (police/ties.ts): units, ranks and roles, the writer, and the
 * few words that may stand between them. Regex sources.
 */
import { OLITIE, PARTNER_AND_KIN, THING_OF_POLICE } from './lexicon';

/** Teams of the police by their names ("Team Verkeer", "team Grootschalige Opsporing"). */
export const TEAM = String.raw`[Tt]eam\s(?:[Vv]erkeer|[Gg]rensbewaking|Zeden|(?:Digitale\s|Regionale\s)?Recherche|(?:Grootschalige\s|Forensische\s|Digitale\s)?Opsporing|Diensthonden|Noodhulp|Milieu|Jeugd|Vreemdelingen|Cybercrime|Intake(?:\sen\sService)?|Handhaving|Infra)`;
/** Units and the force: a member is "bij", "op", "in", "van" or "voor" them. */
export const UNIT = String.raw`(?:\p{L}*[Pp]${OLITIE}(?!ke?\b|${THING_OF_POLICE}\b)\p{L}*|(?:[Ff]orensische\s|[Dd]igitale\s)?[Oo]psporing|[Pp]lysje|[Vv]erkeershandhaving|(?:[Zz]eden|[Jj]eugd|[Dd]istricts|[Rr]egionale\s|[Dd]igitale\s|[Tt]actische\s)?[Rr]echerche\p{L}*|[Nn]oodhulp|[Ii]nterventie(?:ploeg|dienst)?|[Ww]ijkteam(?<![Ss]ociaal\s[Ww]ijkteam)|[Bb]asisteam|[Mm]eldkamer\p{L}*|[Aa]rrestatieteam|[Aa]anhoudingseenheid|[Aa]rrestantenzorg|(?:[Ll]andelijke|[Rr]egionale)\s[Ee]enheid|[Ee]enheid\s\p{Lu}\p{L}+|[Zz]eden\p{L}*|[Mm]arechaussee|KMar|kmar|${TEAM}|PZ\s\p{Lu}\p{L}+|[Zz]one\s\p{Lu}\p{L}+|(?:motor|honden|verkeers)brigade|ME(?!\/?CVS)|AT|AOT|VP(?!\s(?:of|Sales|Marketing|Finance|Operations|Engineering|Product|Business|People|Customer|Technology|Growth|Strategy)\b)|DROS|DSI|DKDB|AVIM|TGO|DRR|OT)`;
/** Not police, though the word ends in a rank: "reisagent", "belastinginspecteur", a school's "verkeersbrigadier". */
const NOT_POLICE = String.raw`(?!(?:[Rr]eis|[Vv]erzekerings|[Gg]eheim|[Vv]astgoed|[Mm]akelaars|[Vv]oetbal|[Ss]pelers|[Dd]ouane|[Bb]elasting|[Oo]nderwijs|[Aa]rbeids|[Vv]oedsel|[Mm]ilieu|[Ww]eg|[Bb]ouw|[Ww]oning)\p{L}|[Vv]erkeersbrigadier)`;
/** A rank at the end of a compound ("piketrechercheur", "wijkinspecteur", "noodhulpagent"). */
const RANK_WORD = String.raw`(?<!\p{L})${NOT_POLICE}\p{L}*(?:agente?|agnet|rechercheur|inspecteur|brigadier|hondengeleider|wachtmeester)`;
/** Roles only police staff have. */
export const ROLE = String.raw`(?:${RANK_WORD}|flik|hulpofficier(?:\svan\sjustitie)?|(?:politie|meldkamer)centralist|wachtcommandant|teamchef|districtschef|arrestantenverzorger|politieman|politievrouw|diender|OvD-P|ME'er|cop|police\sofficer)`;
/** Things only police staff have, after "mijn"/"ons": "m'n diensthond Rex", "ons ME-peloton", "mijn OvD-P opleiding". */
export const OWN = String.raw`(?:(?:werk\s(?:bij|op)|(?:diensten|rooster\p{L}*|(?:oud-|ex-)?collega'?s|team|ploeg|dienstgroep|leerwerkplek|stageplek)\s(?:bij|van|op))\s(?:de\s|het\s)?${UNIT}|werkgever,?\s(?:de\s)?[Pp]olitie|diensthond\p{L}*|dienstwapen\p{L}*|wapenkluis|werkpas\svan\sde\spolitie|politie\p{L}+|ME-\p{L}+|AT-\p{L}+|OvD-P\s?\p{L}*|(?:rijbewijs\svoor\sde\s)?dienstmotor|(?:klas|lichting|opleiding)\s(?:van|op|aan)\sde\s[Pp]olitieacademie|commissariaat|korpschef|HOvJ-?\p{L}*|koppelmaat\p{L}*|(?:alcohol|verkeers|snelheids|drugs)controle\p{L}*|afdeling\s(?:[Dd]igitale|[Ff]orensische)\s[Oo]psporing)`;

export const WRITER = String.raw`(?:[Ii]k|[Ii]ch|[Ww]ij|[Ww]e|[Mm]ij|me|zelf|I|I'm|[Mm]y|[Oo]ur)`;
/** The writer's relatives and partner, after "mijn" (police/ties.ts). */
export const RELATIVE = String.raw`(?:${PARTNER_AND_KIN}|neef|nicht)`;
export const MINE = String.raw`(?:[Mm]ijn|[Mm]n|[Mm]'n|[Oo]ns|[Oo]nze)`;
/** Up to six words of the same clause in between. */
export const GAP = String.raw`(?:\s[^\s.!?,;:|]+){0,6}?`;
/** Up to four words of the same clause, none an article or adjective-like word before a role ("de inspecteur", "particulier rechercheur"). */
export const ROLE_GAP = String.raw`(?:\s(?!(?:de|het|die|dat|deze|particulier|private?|customer|service|geheim|reis|verzekerings?)\b)[^\s.!?,;:|]+){0,4}?`;

/** Roles that alone say police (not "agent": "als agent zie je…" is also said by others). */
export const STRONG_ROLE = String.raw`(?:(?<!\p{L})${NOT_POLICE}\p{L}+agente?|(?:[Ff]orensisch\s)?(?<!\p{L})${NOT_POLICE}\p{L}*(?:[Rr]echercheur|[Ii]nspecteur|[Bb]rigadier|[Hh]ondengeleider)|[Hh]ulpofficier(?:\svan\sjustitie)?|(?:[Pp]olitie|[Mm]eldkamer)?[Cc]entralist|[Ww]achtcommandant|[Tt]eamchef|[Hh]ondengeleider|[Aa]spirant|ME'er|OvD-P)`;
export const NUMBER = String.raw`(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig)`;
