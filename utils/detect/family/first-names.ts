import { byFirstLetter } from '../text/by-first-letter';

/**
 * Common first names in the Netherlands and Flanders, in lower case: a name typed without its
 * capital ("mn zusje eva", "mijn neef ahmed") is only taken for one after a relation word, and only
 * from this list. Names that are also ordinary words there ("ben", "max": "mijn zoon max twee uur
 * gamen") are left out.
 */
/** Names that are also words that follow a relation word: "mijn zoon max twee uur", "mijn vader ben ik". */
const COMMON_WORDS = new Set(['ben', 'max']);

const NAMES = `
  aaron abdel adam ad adrie adriaan ahmed aicha aisha ali alex alexander amber amina amira amy
  andre andrea angela anita anja anke ann anna anne annelies annemarie annemieke annet anouk ans
  anton arie arjan arno astrid ayoub bart bas bastiaan bea bert bianca bilal bo boaz bob bram
  brenda britt carla carlijn carmen caroline cas casper chantal charlotte chris christa cindy
  claudia cor corrie daan daniel danny dave david dean demi dennis dewi dick dirk dominique
  dylan eddy edwin eline elif elin elisa elise ellen els emma emre eric erik esmee esther eva
  evelien evi fabian fatima fatma fenna femke fien finn fleur floor floris frank freek frits
  gerard gerda gert gerrit gijs gino greet guus hakan hamza hanna hannah hanneke hans harm harry
  hasan hein hendrik henk henkie herman hilde hugo ilse imane ingrid inge ines iris isa
  isabel ivo jaap jack jacques jamal jan jana janneke jans jasmijn jasper jay jayden jeanine
  jelle jeroen jesse jessica jet jill jim joep johan johanna john joke jolien jolanda jonas
  joost jop joris jorrit jos jose josje joyce julia julian juul kaj karel karin kees kelly
  kevin khadija kim kiki koen kris lara lars laura lea lena leo lieke lies lieve linda lisa liv
  lize lobke loes lot lotje lotte louis luca lucas luuk maaike maarten mandy manon mara marco
  marian marie marieke mariska mark marleen marloes martijn martin marije mats maud max meike
  melissa merel mees mehmet michael michel mila milan mirjam mo mohamed mohammed monique
  mustafa nadia naomi nathalie niels nick nicole nienke nina noa noah noor nora olivier omar
  pascal patrick paul paula peter petra pien pieter pim piet priya puck quinten rachid ramon
  renate rene ria richard rick rik rob robin roel ron ronald roos rosa ruben rutger ruud sam
  samira sander sandra sanne sara sarah saskia sebastiaan selin sem senna sevda sharon silvia
  simone sjoerd sofie sophie stan stefan stijn sven tamara tess teun thijs thomas tijn tim
  timmie tineke tom tommy tonny truus twan vera wendy wessel wilma wim willem wouter yara
  yasmina yasmine youssef yusuf zara zoe annie bep dini jannie jo joop klaas mien nel riek riet
  sjaak tiny toos
`.trim().split(/\s+/).filter((name) => !COMMON_WORDS.has(name));

/** The names as a regex source, grouped by first letter. */
export const LOWER_NAME = `(?:${byFirstLetter(NAMES.join('|'))})`;
