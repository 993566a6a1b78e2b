/** Inputs built to make a careless matcher backtrack or loop: shared by the unit test and the bench. */
export function adversarialInputs(size: number): Record<string, string> {
  const rep = (s: string): string => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  return {
    digits: rep('1234567890'),
    'spaced zeros': rep('0 '),
    'dashed zeros': rep('0-'),
    'dotted digits': rep('1.'),
    'mixed separators': rep('0 6-1.2/3(4)'),
    'valid phones': rep('0612345678 '),
    'one long word': rep('a'),
    'many @': rep('@'),
    'a@a@': rep('a@'),
    'a@b.': rep('a@b.'),
    '[at] [dot]': rep('x [at] y [dot] '),
    'spaced letters': rep('M i l a '),
    'degrees': rep("52°05'"),
    'street numbers': rep('Kerkstraat 1 '),
    plates: rep('XT-123-B '),
    'short words': rep('aaaa '),
    'cyrillic': rep('а'),
    'zero-width': rep('0\u200b'),
    'full-width digits': rep('０'),
    'spelled digits': rep('nul zes '),
    'iban-like': rep('NL91 '),
    dates: rep('12-03-'),
    coordinates: rep('52.0907, '),
    'police words': rep('ik werk bij de politie '),
    'keyword runs': rep('omadochterkindschoolagentdienst'),
    'family words': rep('mijn dochter Sanne en Daan en '),
    'everything': rep('Ik werk bij de politie, bel 06-12345678 of mail a@b.nl, Lindelaan 14, 3512 AB. '),
    emoji: rep('😀'),
  };
}
