// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPageFor, demoPages } from '../../../utils/findability/demo';
import { collectPageText } from '../../../utils/findability/page-text';
import { persona, personaAddress, personaProfile } from '../../../utils/findability/persona';
import { buildReport } from '../../../utils/findability/report';
import { scanPage } from '../../../utils/findability/scan';
import { allTerms, profileSchema } from '../../../utils/profile';

const publicDir = resolve(__dirname, '../../../public');
const origin = 'chrome-extension://abc/';

function scanDemo(path: string, i: number) {
  // Stylesheets and scripts are for the browser; happy-dom would try to fetch them.
  const html = readFileSync(join(publicDir, path), 'utf8').replace(/<link[^>]*>|<script[^>]*><\/script>/g, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const text = collectPageText(doc.body);
  const page = demoPageFor(origin + path, origin)!;
  return scanPage({ url: origin + path, title: doc.title, text: text.text, truncated: text.truncated },
    { mode: 'trainer', profile: personaProfile }, { id: `s${i}`, at: new Date(Date.UTC(2025, 0, 1, 0, i)), source: page.kind }).record;
}

const records = demoPages.map((p, i) => scanDemo(p.path, i));
const report = buildReport(records, 'trainer');
const label = (id: string) => report.graph.nodes.find((n) => n.id === id)?.label;

describe('demo persona and demo pages', () => {
  it('the persona is a valid profile whose terms the demo pages use', () => {
    expect(profileSchema.parse(personaProfile)).toEqual(personaProfile);
    const found = new Set(records.flatMap((r) => r.exposures.filter((e) => e.category === 'personal_term').map((e) => e.value)));
    expect(allTerms(personaProfile).filter((t) => !found.has(t))).toEqual([]);
  });

  it('ships every listed demo page, and lists every shipped one', () => {
    const shipped = readdirSync(join(publicDir, 'demo')).filter((f) => f.endsWith('.html')).map((f) => `demo/${f}`).sort();
    expect(demoPages.map((p) => p.path).sort()).toEqual(shipped);
  });

  it('pages about the persona expose persona terms; the neutral page exposes none and scores zero', () => {
    for (const [i, page] of demoPages.entries()) {
      const personal = records[i]!.exposures.some((e) => e.category === 'personal_term');
      expect({ page: page.path, personal }).toEqual({ page: page.path, personal: page.aboutPersona });
    }
    const neutral = report.sources.find((s) => s.record.url.endsWith('recipe.html'))!;
    expect(neutral.score.score).toBe(0);
    expect(neutral.record.exposures.length).toBeGreaterThan(0);
  });

  it('no single page links the name to the address; together they chain from name to front door', () => {
    for (const r of records) {
      const values = r.exposures.map((e) => e.value);
      expect(values.includes(persona.name) && values.includes(personaAddress)).toBe(false);
    }
    const chain = report.chain!.map((s) => label(s.node));
    expect(chain[0]).toBe(persona.name);
    expect(chain.at(-1)).toBe(personaAddress);
    expect(new Set(report.chain!.slice(1).map((s) => s.via)).size).toBeGreaterThanOrEqual(3);
  });

  it('exposes the run start, the plate and the police job, and scores the persona high', () => {
    const kinds = new Set(report.graph.nodes.map((n) => n.kind));
    for (const k of ['geo', 'carPlate', 'police_affiliation', 'postcode', 'children', 'sportsClub'] as const) expect(kinds).toContain(k);
    expect(report.score.level).toBe('high');
  });
});
