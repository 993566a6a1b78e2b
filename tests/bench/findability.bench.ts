/**
 * Findability figures: the exposure scan of a page at the size cap (1,000,000 characters of
 * text: reading it from the DOM, then detection + summary), and building the report (graph,
 * chain, score, layout) from 200 scanned sources.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { collectPageText } from '../../utils/findability/page-text';
import { personaProfile } from '../../utils/findability/persona';
import { buildReport } from '../../utils/findability/report';
import { scanPage } from '../../utils/findability/scan';

export const name = 'findability';

const demoHtml = ['social', 'club', 'news', 'register', 'run', 'recipe']
  .map((p) => readFileSync(`public/demo/${p}.html`, 'utf8').replace(/<link[^>]*>|<script[^>]*><\/script>/g, ''));

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

export async function run(): Promise<void> {
  const window = new Window();
  const bodies = demoHtml.map((h) => h.slice(h.indexOf('<body'), h.indexOf('</body>') + 7)).join('');
  let html = '';
  while (html.length < 1_200_000) html += bodies.replace(/<\/?body[^>]*>/g, '');
  window.document.body.innerHTML = html;
  const [text, readMs] = time(() => collectPageText(window.document.body as unknown as Element));
  const subject = { mode: 'trainer' as const, profile: personaProfile };
  const [result, scanMs] = time(() => scanPage({ url: 'https://big.example/', title: 'big', text: text.text, truncated: text.truncated },
    subject, { id: 'big', at: new Date(), source: 'other' }));
  console.log(`page text: ${text.text.length} chars (truncated: ${text.truncated}), ${text.pieces.length} text nodes, read in ${readMs.toFixed(0)} ms (happy-dom)`);
  console.log(`detect + summarise: ${result.findings.length} findings in ${scanMs.toFixed(0)} ms`);

  const records = Array.from({ length: 200 }, (_, i) => {
    const doc = new window.DOMParser().parseFromString(demoHtml[i % demoHtml.length]!, 'text/html');
    const t = collectPageText(doc.body as unknown as Element).text;
    return scanPage({ url: `https://site${i}.example/`, title: `bron ${i}`, text: t, truncated: false }, subject,
      { id: `s${i}`, at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)), source: 'other' }).record;
  });
  buildReport(records.slice(0, 10), 'trainer');
  const [report, reportMs] = time(() => buildReport(records, 'trainer'));
  console.log(`report from ${records.length} sources: ${report.graph.nodes.length} pieces, ${report.graph.links.length} links, chain of ${report.chain?.length ?? 0}, score ${report.score.score}, built in ${reportMs.toFixed(1)} ms`);
  await window.happyDOM.close();
}
