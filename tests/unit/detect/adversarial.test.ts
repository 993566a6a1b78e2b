import { describe, expect, it } from 'vitest';
import { createDetector, detect } from '../../../utils/detect/index';
import { adversarialInputs } from './adversarial';

// How long these take is measured in tests/bench/detect.bench.ts; here they only have to finish
// (a backtracking or quadratic matcher would not, within the test's time-out) and give sane findings.
// The bench's worst is tens of milliseconds: 5 s leaves a slow machine a wide margin, and still caught
// a scan per keyword hit over a whole 100k-letter word (12 s) that 20 s had let through.
describe('adversarial 100,000-character inputs', () => {
  const terms = ['Mila', 'XT-123-B'];
  for (const [label, text] of Object.entries(adversarialInputs(100_000))) {
    it(`finishes on ${label}`, () => {
      const findings = detect(text, { terms });
      for (const f of findings.slice(0, 50)) expect(text.slice(f.start, f.end)).toBe(f.text);
      for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
    }, 5_000);
  }

  it('finds what is really there in a long repetitive post', () => {
    const text = 'Bel 06-12345678 of mail a@b.nl. '.repeat(3000);
    const findings = createDetector([])(text);
    expect(findings.filter((f) => f.category === 'phone')).toHaveLength(3000);
    expect(findings.filter((f) => f.category === 'email')).toHaveLength(3000);
  }, 20_000);
});
