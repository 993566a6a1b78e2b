import { readFileSync } from 'node:fs';
import { detect } from '../utils/detect/index';
const lines = readFileSync('tests/corpus/pii.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
let big = '';
while (big.length < 2_000_000) big += lines.join('\n') + '\n';
const t0 = performance.now();
for (let i = 0; i < 5; i++) detect(big);
console.log(((5 * big.length) / 1e6 / ((performance.now() - t0) / 1000)).toFixed(2), 'MB/s');
