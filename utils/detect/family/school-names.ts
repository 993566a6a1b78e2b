/**
 * Names many Dutch and Flemish schools share, known by them alone ("zit op De Regenboog"). Each is also
 * an ordinary word or a shop's name ("de regenboog was prachtig", bloemist De Regenboog), so one is
 * only taken for a school with its capital and a school or a child around it (family/school.ts). Written
 * as the normalised text has them ("Mozaïek" is read as "Mozaiek").
 */
export const COMMON_SCHOOL_NAMES = [
  'Regenboog', 'Kompas', 'Wegwijzer', 'Fontein', 'Ark', 'Vlinder', 'Springplank', 'Zonnewijzer', 'Horizon', 'Palet',
  'Klimop', 'Piramide', 'Bron', 'Wereldwijzer', 'Meander', 'Schakel', 'Bongerd', 'Kameleon', 'Dolfijn', 'Spectrum',
  'Bolster', 'Rank', 'Klokhuis', 'Mijlpaal', 'Mozaiek', 'Windroos', 'Toermalijn', 'Triangel', 'Vlieger', 'Boomgaard',
  'Driestar', 'Fonkelsteen', 'Wingerd', 'Akker', 'Klimtoren', 'Tweemaster', 'Sterrenkijker', 'Zevensprong', 'Wissel',
  'Sleutelbloem', 'Zonnehoek', 'Linde', 'Kindercampus', 'Vuurvogel', 'Octopus', 'Tamarinde', 'Kiem', 'Kring', 'Anker',
];

/** Secondary schools known by a proper name alone, after "het" ("op het Erasmiaans", "het vossius"). */
export const SECONDARY_SCHOOL_NAMES = [
  'Erasmiaans', 'Barlaeus', 'Vossius', 'Maerlant', 'Stanislas', 'Corderius', 'Trevianum', 'Calvijn', 'Revius',
  'Helen Parkhurst', 'Wolfert', 'Da Vinci', 'Oscar Romero', 'Hofstad', 'Amadeus', 'Marnix', 'Coornhert', 'Praedinius',
  'Bonaventura', 'Ignatius', 'Cygnus', 'Montaigne', 'Spinoza', 'Haganum',
];

const spaced = (name: string): string => name.replace(' ', String.raw`\s`);
/** The secondary names as a regex source, the first letter of each in either case ("het vossius"). */
export const SECONDARY_NAME = SECONDARY_SCHOOL_NAMES.map((name) => `[${name[0]}${name[0]!.toLowerCase()}]${spaced(name.slice(1))}`).join('|');
/** The same in lower case, for the keyword anchors (looked for regardless of case). */
export const SECONDARY_ANCHOR = SECONDARY_SCHOOL_NAMES.map((name) => spaced(name.toLowerCase())).join('|');
