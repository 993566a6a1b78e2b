import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceSource } from '../../../utils/findability/advice-sources';
import { classifySource } from '../../../utils/findability/sources';
import { composeSearches } from '../../../utils/findability/search';

const nl = JSON.parse(readFileSync(resolve(__dirname, '../../../public/_locales/nl/messages.json'), 'utf8')) as Record<string, { message: string }>;
const text = (code: string) => nl[`fxAdvice${code}`]!.message;
const origin = 'chrome-extension://abc/';

describe('findability advice, as the rules have it', () => {
  it('KvK: the home address is already hidden; shield the visiting address when threatened; old extracts and copies', () => {
    expect(text('RegisterShield')).toContain('sinds 2022 niet meer aan derden');
    expect(text('RegisterShield')).toContain('afscherming van het bezoekadres');
    expect(text('RegisterShield')).toContain('oude uittreksels en kopieën bij derden');
    expect(text('RegisterShield')).not.toMatch(/woonadres af te schermen/);
    expect(adviceSource.RegisterShield).toContain('Handelsregisterbesluit 2008 art. 51');
  });

  it('Kadaster shielding only for people the police guard; BRP secrecy never against government bodies; no overstatement', () => {
    expect(text('PublicRecordShield')).toContain('alleen voor wie door de politie wordt beveiligd');
    expect(text('PublicRecordShield')).toContain('nooit overheidsorganen');
    expect(text('PublicRecordShield')).not.toContain('in veel registers');
    expect(adviceSource.PublicRecordShield).toContain('Kadasterbesluit art. 37a');
  });

  it('Strava: heatmap opt-out and Flyby next to privacy zones; search engines remove contact details on request', () => {
    for (const part of ['privacyzone', 'heatmap', 'Flyby']) expect(text('TrackerPrivacyZone')).toContain(part);
    expect(text('SearchDelist')).toContain('halen contactgegevens zoals je huisadres en telefoonnummer op verzoek uit hun resultaten');
    expect(adviceSource.SearchDelist).toContain('support.google.com/websearch/answer/9673730');
  });

  it('every advice names its source', () => {
    for (const [code, source] of Object.entries(adviceSource)) {
      expect([code, source.length > 10]).toEqual([code, true]);
      expect(nl[`fxAdvice${code}`]?.message).toBeTruthy();
    }
    expect(nl.fxAdviceSource!.message).toBe('Bron: $1');
  });

  it('labels sources right: oozo.nl is no business register, a phone directory no public record', () => {
    expect(classifySource('https://www.oozo.nl/nieuws/heerhugowaard', origin)).toBe('other');
    expect(classifySource('https://www.detelefoongids.nl/jansen/1', origin)).toBe('directory');
    expect(classifySource('https://www.kadaster.nl/x', origin)).toBe('public_record');
    expect(nl.fxSourceDirectory!.message).toBe('Telefoongids (commercieel)');
  });

  it('self-search offers a reverse image search and the map and Street View of the home, as links only', () => {
    const links = composeSearches(['Oefenlaan', 'Verzinveen']);
    expect(links.filter((l) => l.group === 'image').map((l) => l.url)).toEqual(['https://lens.google.com/', 'https://tineye.com/', 'https://www.bing.com/visualsearch']);
    expect(links.find((l) => l.id === 'maps')!.url).toBe('https://www.google.com/maps/search/?api=1&query=Oefenlaan%20Verzinveen');
  });
});
