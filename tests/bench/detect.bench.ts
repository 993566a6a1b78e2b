/**
 * Detector figures (issue 3): throughput in MB/s on the labelled corpus
 * repeated to several MB, per-keystroke latency while typing and editing a
 * 5,000-character post (p50/p99; target p99 ≤ 1 ms), and the time for
 * 100,000-character adversarial inputs (target well under 100 ms), and the executable code the
 * process holds after the throughput runs (mostly compiled regexes).
 * Each figure is given as wall-clock time and as this process's CPU time: on a
 * machine shared with other work (see the load average printed first) the
 * wall clock also counts the time the process was waiting for a core.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { createDetector, detect } from '../../utils/detect/index';
import { adversarialInputs } from '../unit/detect/adversarial';

export const name = 'detect';

const corpus = readFileSync('tests/corpus/pii.jsonl', 'utf8').trim().split('\n')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const terms = ['Mila', 'Daan', 'Lindelaan', 'Bunnik', 'Sanne de Vries', 'VV Zeist', 'XT-123-B'];

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const cpuMs = (since: NodeJS.CpuUsage): number => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };

/** Runs fn, returning [wall ms, CPU ms]. */
function timed(fn: () => void): [number, number] {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  fn();
  return [performance.now() - wall, cpuMs(cpu)];
}

function throughput(): void {
  const posts: string[] = [];
  let size = 0;
  while (size < 4_000_000) for (const t of corpus) { posts.push(t); size += t.length; }
  const detector = createDetector(terms);
  for (const t of posts.slice(0, 2000)) detect(t, { terms }); // warm up
  const [wall, cpu] = timed(() => { for (const t of posts) detector(t); });
  const text = posts.join('\n').slice(0, 2_000_000);
  detect(text, { terms });
  const [bigWall, bigCpu] = timed(() => detect(text, { terms }));
  const mbs = (mb: number, ms: number): string => (mb / (ms / 1000)).toFixed(2);
  console.log(`throughput, ${posts.length} posts one by one (${(size / 1e6).toFixed(1)} MB): ${mbs(size / 1e6, wall)} MB/s wall, ${mbs(size / 1e6, cpu)} MB/s CPU`);
  console.log(`throughput, one 2 MB text: ${mbs(2, bigWall)} MB/s wall, ${mbs(2, bigCpu)} MB/s CPU`);
  console.log(`executable code after the throughput runs: ${(getHeapStatistics().total_heap_size_executable / 1e6).toFixed(1)} MB (V8 stops optimising regexes past 16 MB)`);
}

function keystrokes(): void {
  let post = '';
  for (let i = 0; post.length < 5000; i++) post += corpus[i % corpus.length] + ' ';
  post = post.slice(0, 5000);
  const warm = createDetector(terms); // the JIT warms up on a first post, as it would in a browser session
  for (let i = 1; i <= post.length; i += 3) warm(post.slice(0, i));
  const detector = createDetector(terms);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const run = (text: string): void => {
    const [wall, cpu] = timed(() => detector(text));
    times.push(wall);
    cpuTimes.push(cpu);
  };
  for (let i = 1; i <= post.length; i++) run(post.slice(0, i)); // typing the post
  for (let i = 0; i < 1000; i++) { // editing in the middle: type and delete
    const at = 500 + ((i * 397) % 4000);
    run(post.slice(0, at) + 'x' + post.slice(at));
    run(post);
  }
  const full: number[] = [];
  for (let i = 0; i < 200; i++) full.push(timed(() => detect(post, { terms }))[0]);
  const p = (xs: number[]): string => `p50 ${percentile(xs, 0.5).toFixed(3)} ms, p99 ${percentile(xs, 0.99).toFixed(3)} ms`;
  console.log(`keystroke on a 5,000-char post (${times.length} keystrokes): wall ${p(times)}, max ${Math.max(...times).toFixed(2)} ms; CPU ${p(cpuTimes)}`);
  console.log(`full pass over the 5,000-char post: wall ${p(full)}`);
}

function adversarial(): void {
  const rows: string[] = [];
  let worst = 0;
  let worstCpu = 0;
  for (const [label, text] of Object.entries(adversarialInputs(100_000))) {
    detect(text, { terms });
    const [wall, cpu] = timed(() => detect(text, { terms }));
    worst = Math.max(worst, wall);
    worstCpu = Math.max(worstCpu, cpu);
    rows.push(`${label} ${wall.toFixed(1)}/${cpu.toFixed(1)}`);
  }
  console.log(`adversarial 100k inputs (ms wall/CPU): ${rows.join(', ')}`);
  console.log(`adversarial worst: ${worst.toFixed(1)} ms wall, ${worstCpu.toFixed(1)} ms CPU`);
}

export async function run(): Promise<void> {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  throughput();
  keystrokes();
  adversarial();
}
