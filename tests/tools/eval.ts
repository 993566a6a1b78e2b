/**
 * `npm run eval [-- FILE] [--errors]`: precision, recall and F1 of the
 * detector per category and micro-averaged on a labelled corpus (default
 * tests/corpus/pii.jsonl), overlap matching as in shared/pii-spec.md.
 * `--errors` also lists every false positive and missed span.
 */
import { detect } from '../../utils/detect/index';
import { CorpusError, readCorpus } from './corpus';
import { emptyCounts, scoreLine, table, type Miss } from './score';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'tests/corpus/pii.jsonl';

try {
  const lines = readCorpus(file);
  const counts = emptyCounts();
  const blind = emptyCounts();
  const misses: Miss[] = [];
  for (const line of lines) {
    const predicted = detect(line.text, { terms: line.profile?.terms ?? [] });
    misses.push(...scoreLine(counts, line.id, line.text, line.spans ?? [], predicted));
    // The detector-blind batch (ids b-…, tests/corpus/blind.src.txt) is also scored on its own.
    if (line.id.startsWith('b-')) scoreLine(blind, line.id, line.text, line.spans ?? [], predicted);
  }
  console.log(`${file}: ${lines.length} lines, ${lines.filter((l) => (l.spans ?? []).length === 0).length} without any span\n`);
  console.log(table(counts));
  const blindLines = lines.filter((l) => l.id.startsWith('b-'));
  if (blindLines.length) {
    console.log(`\ndetector-blind batch (b-…): ${blindLines.length} lines, ${blindLines.filter((l) => !(l.spans ?? []).length).length} without any span\n`);
    console.log(table(blind));
  }
  if (args.includes('--errors')) {
    console.log(`\n${misses.length} errors:`);
    for (const m of misses) console.log(`${m.id}\t${m.kind}\t${m.span.category}\t${JSON.stringify(m.text)}`);
  }
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
}
