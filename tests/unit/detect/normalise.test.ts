import { describe, expect, it } from 'vitest';
import { normalise, toOriginal } from '../../../utils/detect/text/normalise';
import { detect } from '../../../utils/detect/index';

const mapped = (text: string, start: number, end: number): string => {
  const n = normalise(text);
  const o = toOriginal(n, start, end);
  return text.slice(o.start, o.end);
};

describe('normalise', () => {
  it('leaves plain ASCII as it is, without an offset map', () => {
    const n = normalise('Bel 06-12345678');
    expect(n.text).toBe('Bel 06-12345678');
    expect(n.map).toBeNull();
    expect(toOriginal(n, 4, 15)).toEqual({ start: 4, end: 15 });
  });

  it('gives emoji, pictographs and unfolded symbols a Latin-1 stand-in unit for unit, so a post with emoji has a one-byte copy', () => {
    const text = 'Agent 👮\u200d♀️ • € 5 🇳🇱 ❤ ©';
    const n = normalise(text);
    expect(n.text).toBe('Agent ©©© · ¤ 5 ¤¤¤¤ © ©');
    expect(n.text).not.toMatch(/[^\x00-\xff]/);
    expect(/\p{Extended_Pictographic}/u.test(n.text)).toBe(true);
    // what decomposes still folds first: ™ is "TM", ½ is "1⁄2" and its fraction slash a symbol
    expect(normalise('Merk™ ½ 👍').text).toBe('MerkTM 1¤2 ©©');
  });

  it('maps findings after emoji back to the original offsets', () => {
    const text = '😂😂 Bel 06-12345678 🙏 of mail jan@example.nl';
    const found = detect(text).map((f) => [f.category, f.text]);
    expect(found).toEqual([['phone', '06-12345678'], ['email', 'jan@example.nl']]);
  });

  it('keeps a text with a letter outside Latin-1 as it is (two-byte)', () => {
    expect(normalise('Groet, 李 👋').text).toBe('Groet, 李 ©©');
  });

  it('drops zero-width and format characters', () => {
    expect(normalise('06\u200b1234\u200d5678\ufeff\u00ad').text).toBe('0612345678');
  });

  it('turns non-breaking, thin and other spaces into plain spaces', () => {
    expect(normalise('3512\u00a0AB\u2009x\u202fy\u3000z').text).toBe('3512 AB x y z');
  });

  it('folds full-width digits and letters (NFKC/NFKD compatibility forms)', () => {
    expect(normalise('０６１２３４５６７８ ＡＢ').text).toBe('0612345678 AB');
  });

  it('strips accents, also when written as combining marks', () => {
    expect(normalise('José Zoë Mi\u0301la').text).toBe('Jose Zoe Mila');
  });

  it('folds Cyrillic and Greek look-alikes to Latin', () => {
    expect(normalise('jаn@gmаil.cоm Мila Οslo').text).toBe('jan@gmail.com Mila Oslo');
  });

  it('unifies dashes and quotes', () => {
    expect(normalise('06–12345678 Mila’s “hoi”').text).toBe('06-12345678 Mila\'s "hoi"');
  });

  it('maps every normalised range back to the original text', () => {
    const text = 'x 😀 ０６\u200b１２ Mílа’s';
    const n = normalise(text);
    expect(n.text).toBe('x ©© 0612 Mila\'s');
    const at = n.text.indexOf('0612');
    expect(mapped(text, at, at + 4)).toBe('０６\u200b１２');
    const mila = n.text.indexOf('Mila');
    expect(mapped(text, mila, mila + 6)).toBe('Mílа’s');
    const emoji = n.text.indexOf('©©');
    expect(mapped(text, emoji, emoji + 2)).toBe('😀');
  });

  it('expands characters that fold into several (ß, ligatures) and still maps them', () => {
    const text = 'Straße ﬁets';
    const n = normalise(text);
    expect(n.text).toBe('Strasse fiets');
    expect(mapped(text, 0, 7)).toBe('Straße');
  });

  it('gives findings whose offsets point into the original text', () => {
    const text = '😀😀 bel ０６\u200b-１２３４５６７８ nu, mail jаn [at] ziggo [dot] nl';
    for (const f of detect(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    const phone = detect(text).find((f) => f.category === 'phone');
    expect(phone?.text).toBe('０６\u200b-１２３４５６７８');
    expect(detect(text).find((f) => f.category === 'email')?.text).toBe('jаn [at] ziggo [dot] nl');
  });
});
