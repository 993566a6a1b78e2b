/**
 * `npx tsx tests/tools/profile-detect.ts`: where the detector's time goes — normalisation, tokens
 * and each recognizer, in ms (best of 5), over the corpus posts one by one and joined into one
 * 2 MB text. Shared work (tokens, keyword anchors) is charged to the first recognizer that asks.
 */
import { readFileSync } from 'node:fs';
import { recognizers } from '../../utils/detect/index';
import { normalise } from '../../utils/detect/text/normalise';
import { tokensOf } from '../../utils/detect/text/tokens';
import { compileTerms, termRecognizer } from '../../utils/detect/terms';
const corpus = readFileSync('tests/corpus/pii.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const terms = ['Mila', 'Daan', 'Lindelaan', 'Bunnik', 'Sanne de Vries', 'VV Zeist', 'XT-123-B'];
const all = [...recognizers, termRecognizer(compileTerms(terms))];
const names = [...recognizers.map((r) => r.name || '?'), 'terms'];
const posts: string[] = []; let size = 0;
while (size < 2_000_000) for (const t of corpus) { posts.push(t); size += t.length; }
const big = posts.join('\n');
for (const [label, inputs] of [['posts', posts], ['big', [big]]] as const) {
  const times = new Array(all.length + 2).fill(Infinity);
  for (let rep = 0; rep < 5; rep++) {
    const t = new Array(all.length + 2).fill(0);
    for (const text of inputs) {
      let s = performance.now(); const n = normalise(text); t[0] += performance.now() - s;
      s = performance.now(); tokensOf(n); t[1] += performance.now() - s;
      for (let i = 0; i < all.length; i++) { s = performance.now(); all[i]!(n); t[i + 2] += performance.now() - s; }
    }
    for (let i = 0; i < t.length; i++) times[i] = Math.min(times[i], t[i]);
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(`${label}: total ${total.toFixed(0)} ms for ${(size / 1e6).toFixed(1)} MB = ${(size / 1e3 / total).toFixed(1)} MB/s`);
  console.log(['normalise', 'tokens', ...names].map((n, i) => `${n} ${times[i].toFixed(0)}`).join(', '));
}
