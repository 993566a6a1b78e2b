/**
 * Detector figures (issue 3): throughput in MB/s on the labelled corpus
 * repeated to several MB, per-keystroke latency while typing and editing a
 * 5,000-character post (p50/p99; target p99 ≤ 1 ms), and the time for
 * 100,000-character adversarial inputs (target well under 100 ms).
 */
import { readFileSync } from 'node:fs';
import { createDetector, detect } from '../../utils/detect/index';
import { adversarialInputs } from '../unit/detect/adversarial';

export const name = 'detect';

const corpus = readFileSync('tests/corpus/pii.jsonl', 'utf8').trim().split('\n')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const terms = ['Mila', 'Daan', 'Lindelaan', 'Bunnik', 'Sanne de Vries', 'VV Zeist', 'XT-123-B'];

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

function throughput(): void {
  const posts: string[] = [];
  let size = 0;
  while (size < 4_000_000) for (const t of corpus) { posts.push(t); size += t.length; }
  const detector = createDetector(terms);
  for (const t of posts.slice(0, 2000)) detect(t, { terms }); // warm up
  const started = performance.now();
  for (const t of posts) detector(t);
  const perPost = performance.now() - started;
  const text = posts.join('\n').slice(0, 2_000_000);
  const bigStarted = performance.now();
  detect(text, { terms });
  const big = performance.now() - bigStarted;
  console.log(`throughput, ${posts.length} posts (${(size / 1e6).toFixed(1)} MB): ${(size / 1e6 / (perPost / 1000)).toFixed(1)} MB/s`);
  console.log(`throughput, one 2 MB text: ${(2 / (big / 1000)).toFixed(1)} MB/s`);
}

function keystrokes(): void {
  let post = '';
  for (let i = 0; post.length < 5000; i++) post += corpus[i % corpus.length] + ' ';
  post = post.slice(0, 5000);
  const detector = createDetector(terms);
  const times: number[] = [];
  const run = (text: string): void => {
    const t0 = performance.now();
    detector(text);
    times.push(performance.now() - t0);
  };
  for (let i = 1; i <= post.length; i++) run(post.slice(0, i)); // typing the post
  for (let i = 0; i < 1000; i++) { // editing in the middle: type and delete
    const at = 500 + ((i * 397) % 4000);
    run(post.slice(0, at) + 'x' + post.slice(at));
    run(post);
  }
  const full: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    detect(post, { terms });
    full.push(performance.now() - t0);
  }
  console.log(`keystroke on a 5,000-char post (${times.length} keystrokes): p50 ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms, max ${Math.max(...times).toFixed(2)} ms`);
  console.log(`full pass over the 5,000-char post: p50 ${percentile(full, 0.5).toFixed(3)} ms, p99 ${percentile(full, 0.99).toFixed(3)} ms`);
}

function adversarial(): void {
  const rows: string[] = [];
  let worst = 0;
  for (const [label, text] of Object.entries(adversarialInputs(100_000))) {
    detect(text, { terms });
    const t0 = performance.now();
    detect(text, { terms });
    const ms = performance.now() - t0;
    worst = Math.max(worst, ms);
    rows.push(`${label} ${ms.toFixed(1)}`);
  }
  console.log(`adversarial 100k inputs (ms): ${rows.join(', ')}`);
  console.log(`adversarial worst: ${worst.toFixed(1)} ms`);
}

export async function run(): Promise<void> {
  throughput();
  keystrokes();
  adversarial();
}
