import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
const runDetect = (args: string[], input?: string): { status: number | null; stdout: string; stderr: string } => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tests/tools/detect.ts', ...args], { encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run detect -- --jsonl FILE', () => {
  it('writes one {id, spans} object per input line, in order, using each line\'s profile', () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'p-001', text: 'Bel me op 06-12345678', profile: { terms: ['Mila'] }, spans: [{ start: 10, end: 21, category: 'phone' }] }),
      JSON.stringify({ id: 'p-002', text: 'Mila woont hier' }),
      '',
      JSON.stringify({ id: 'p-003', text: 'Mila woont hier', profile: { terms: ['Mila'] } }),
    ].join('\n') + '\n');
    const result = runDetect(['--jsonl', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'p-001', spans: [{ start: 10, end: 21, category: 'phone' }] },
      { id: 'p-002', spans: [] },
      { id: 'p-003', spans: [{ start: 0, end: 4, category: 'personal_term' }] },
    ]);
  }, 30_000);

  it('fails with a clear message naming the line of a malformed line, and writes nothing', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'x' })}\n{"id": "b", "text": 12}\n`);
    const result = runDetect(['--jsonl', file]);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/line 2/);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, `${JSON.stringify({ id: 'a', text: 'x' })}\n${JSON.stringify({ id: 'b', text: 'y' })}\n{not json\n`);
    const second = runDetect(['--jsonl', broken]);
    expect(second.status).not.toBe(0);
    expect(second.stderr).toMatch(/line 3: not valid JSON/);
  }, 30_000);

  it('reads standard input with -, ignores gold spans, and explains its usage without arguments', () => {
    const result = runDetect(['--jsonl', '-'], `${JSON.stringify({ id: 'x', text: 'postcode 3512 AB' })}\n`);
    expect(JSON.parse(result.stdout)).toEqual({ id: 'x', spans: [{ start: 9, end: 16, category: 'postcode' }] });
    const ignored = runDetect(['--jsonl', '-'], `${JSON.stringify({ id: 'y', text: 'x', spans: [{ start: 0, end: 99, category: 'other' }] })}\n`);
    expect(ignored.status).toBe(0);
    expect(JSON.parse(ignored.stdout)).toEqual({ id: 'y', spans: [] });
    const usage = runDetect([]);
    expect(usage.status).not.toBe(0);
    expect(usage.stderr).toMatch(/usage/);
    const missing = runDetect(['--jsonl', join(dir, 'nope.jsonl')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read/);
  }, 30_000);
});
