import { describe, expect, it } from 'vitest';
import { found } from './helpers';

describe('email', () => {
  it.each([
    'j.devries@gmail.com', 'sanne.bakker88@hotmail.com', 'jan [at] ziggo [dot] nl', 'jan(at)ziggo.nl',
    'm.jansen at kpnmail punt nl', 'pietje.puk [at] outlook [punt] com', 'lisa {at} protonmail {dot} com',
    'info@bakkerij-devries.nl', 'a.b@mail.example.co.uk',
  ])('finds %s', (address) => {
    expect(found(`Mail naar ${address} graag`, 'email')).toEqual([address]);
  });

  it('sees through full-width @, zero-width characters and Cyrillic letters', () => {
    for (const address of ['r.van.dijk＠xs4all.nl', 'tom.\u200bhendriks@gmail.com', 'jаn.smit@gmail.com']) {
      expect(found(`mail ${address}`, 'email')).toEqual([address]);
    }
  });

  it('does not count @handles, a bare @, or "at" in an ordinary sentence', () => {
    expect(found('Dank @politie_utrecht en @JanDeVries88!', 'email')).toEqual([]);
    expect(found('Ik zit at home te werken, echt', 'email')).toEqual([]);
    expect(found('@ @@ a@ @b', 'email')).toEqual([]);
  });

  it('still counts an address inside a URL path', () => {
    expect(found('https://example.nl/contact/info@example.nl', 'email')).toEqual(['info@example.nl']);
  });

  it('finds two addresses in one sentence', () => {
    expect(found('e.dekker@upcmail.nl en f.dekker@upcmail.nl', 'email')).toHaveLength(2);
  });
});
