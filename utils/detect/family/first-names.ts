import { byFirstLetter } from '../text/by-first-letter';

/**
 * Common first names in the Netherlands and Flanders, in lower case: a name typed without its
 * capital ("mn zusje eva", "mijn neef ahmed") is only taken for one after a relation word, and only
 * from this list. Names that are also ordinary words there ("ben", "lot", "max", "mark", "bas",
 * "roos", "fleur") are left out.
 */
const NAMES = `
  adam ahmed aisha amira anna anne annemieke anouk ans astrid ayoub bart bram britt bo cas
  charlotte chris daan daniel david dewi dirk dylan eline elif elin elise emma eva evi fatima
  femke finn floor frank gert gijs guus hanna hans henk ilse iris isa jan jans jasper jelle
  jeroen jesse jet jill jim joep johan joost jop jorrit jos julia julian kees kevin kim koen
  lars laura lieke lies linda lisa liv lotte lucas luuk maaike mara marieke marloes mats
  maud meike merel mila milan mohamed mohammed mustafa naomi nina noa noah noor olivier
  pieter pim puck quinten rik rob ruben ruud sam sanne sara sarah sem senna sophie stijn
  suus tess teun thijs thomas tijn tim tom vera wim yara yasmina youssef zoe
`.trim().split(/\s+/);

/** The names as a regex source, grouped by first letter. */
export const LOWER_NAME = `(?:${byFirstLetter(NAMES.join('|'))})`;
