/**
 * Builds tests/corpus/pii.jsonl from the hand-labelled posts in pii.src.txt
 * plus combined "doxing" posts (frames × value pools in combos.ts, chosen by a
 * seeded generator so the output never changes by itself). Gold offsets come
 * from the markup itself and are verified against the text before writing.
 * Run: npx tsx tests/corpus/generate.ts   (--check: only compare with the committed file)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { combos } from './combos';
import { parseMarked, type Line } from './markup';

const here = dirname(fileURLToPath(import.meta.url));

/** A comment line starts with '# ' or '##'; a post may start with a hashtag ("#politie …"). */
const isComment = (raw: string): boolean => /^#[#\s]/.test(raw) || raw === '#';

export function buildCorpus(): Line[] {
  const lines: Line[] = [];
  let n = 0;
  for (const raw of readFileSync(join(here, 'pii.src.txt'), 'utf8').split('\n')) {
    if (raw.trim() === '' || isComment(raw)) continue;
    n++;
    lines.push(parseMarked(`s-${String(n).padStart(3, '0')}`, raw));
  }
  combos().forEach((raw, i) => lines.push(parseMarked(`c-${String(i + 1).padStart(3, '0')}`, raw)));
  for (const [file, prefix] of [['blind.src.txt', 'b'], ['heldout.src.txt', 'h'], ['fresh.src.txt', 'f'], ['dev.src.txt', 'd'], ['g.src.txt', 'g'], ['e.src.txt', 'e'], ['j.src.txt', 'j'], ['i.src.txt', 'i'], ['k.src.txt', 'k'], ['l.src.txt', 'l'], ['m.src.txt', 'm'], ['n.src.txt', 'n'], ['o.src.txt', 'o'], ['p.src.txt', 'p'], ['q.src.txt', 'q'], ['r.src.txt', 'r'], ['u.src.txt', 'u'], ['t.src.txt', 't'], ['w.src.txt', 'w'], ['x.src.txt', 'x'], ['y.src.txt', 'y'], ['a.src.txt', 'a'], ['z.src.txt', 'z'], ['da.src.txt', 'da'], ['db.src.txt', 'db'], ['dc.src.txt', 'dc'], ['dd.src.txt', 'dd'], ['de.src.txt', 'de'], ['df.src.txt', 'df'], ['v.src.txt', 'v'], ['dg.src.txt', 'dg'], ['dh.src.txt', 'dh'], ['dj.src.txt', 'dj'], ['dk.src.txt', 'dk'], ['dl.src.txt', 'dl'], ['dm.src.txt', 'dm'], ['dn.src.txt', 'dn'], ['do.src.txt', 'do'], ['dp.src.txt', 'dp'], ['dq.src.txt', 'dq'], ['dr.src.txt', 'dr'], ['ds.src.txt', 'ds'], ['du.src.txt', 'du'], ['dv.src.txt', 'dv'], ['dx.src.txt', 'dx'], ['di.src.txt', 'di'], ['dt.src.txt', 'dt'], ['dw.src.txt', 'dw']] as const) {
    let k = 0;
    for (const raw of readFileSync(join(here, file), 'utf8').split('\n')) {
      if (raw.trim() === '' || isComment(raw)) continue;
      lines.push(parseMarked(`${prefix}-${String(++k).padStart(3, '0')}`, raw));
    }
  }
  verify(lines);
  return lines;
}

function verify(lines: Line[]): void {
  const ids = new Set<string>();
  for (const line of lines) {
    if (ids.has(line.id)) throw new Error(`duplicate id ${line.id}`);
    ids.add(line.id);
    for (const span of line.spans) {
      if (span.start < 0 || span.end > line.text.length || span.end <= span.start) throw new Error(`${line.id}: bad span`);
      if (line.text.slice(span.start, span.end) !== span.marked) throw new Error(`${line.id}: span text mismatch`);
    }
  }
  const negatives = lines.filter((l) => l.spans.length === 0).length;
  if (lines.length < 450) throw new Error(`only ${lines.length} lines`);
  if (negatives * 3 < lines.length) throw new Error(`only ${negatives} hard negatives of ${lines.length}`);
}

export function serialise(lines: Line[]): string {
  return lines.map((l) => JSON.stringify({
    id: l.id,
    text: l.text,
    ...(l.terms ? { profile: { terms: l.terms } } : {}),
    spans: l.spans.map(({ start, end, category }) => ({ start, end, category })),
  })).join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const content = serialise(buildCorpus());
  const target = join(here, 'pii.jsonl');
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === content;
    console.log(same ? 'pii.jsonl is up to date' : 'pii.jsonl differs from its sources');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, content);
    const lines = content.trimEnd().split('\n').length;
    console.log(`wrote ${target}: ${lines} lines`);
  }
}
