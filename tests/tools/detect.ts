/**
 * `npm run --silent detect -- --jsonl IN.jsonl` — the command-line contract of
 * shared/pii-spec.md: one `{"id", "spans"}` object per input line, in order.
 * The whole input is checked first, so a malformed line gives a clear error
 * (with its line number) and a non-zero exit, and no partial output.
 */
import { detect } from '../../utils/detect/index';
import { CorpusError, readCorpus } from './corpus';

const USAGE = 'usage: npm run --silent detect -- --jsonl IN.jsonl   (use - for standard input)';

function main(args: string[]): number {
  const at = args.indexOf('--jsonl');
  const path = at >= 0 ? args[at + 1] : undefined;
  if (!path || args.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return args.includes('--help') ? 0 : 2;
  }
  let lines;
  try {
    lines = readCorpus(path, false);
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`detect: ${error.message}\n`);
    return 1;
  }
  const out: string[] = [];
  for (const line of lines) {
    const spans = detect(line.text, { terms: line.profile?.terms ?? [] }).map(({ start, end, category }) => ({ start, end, category }));
    out.push(JSON.stringify({ id: line.id, spans }));
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
