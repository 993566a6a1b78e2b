import type { Finding } from '../detect/index';

/**
 * Longest composer text the guard has checked (the checkText message's cap; Facebook's own limit is
 * about 63,000). A longer post is held as "could not be checked", never let through.
 */
export const MAX_CHECK_TEXT = 100_000;

/** Asks the background for the findings in one text (a message in the extension, a function in tests). */
export type Ask = (text: string) => Promise<Finding[]>;

/** A check that did not give an answer; `message` is a reason code ('timeout', 'too-long', 'not-ready') or the background's text. */
export class CheckFailed extends Error {}

export interface Checker {
  /** The findings for exactly this text if an answer for it is in hand (an empty text needs none). */
  known(text: string): Finding[] | undefined;
  /** The findings for this text: a known answer, the one already on its way, or a new question. Rejects on failure or timeout. */
  check(text: string): Promise<Finding[]>;
  /** Forgets every answer (the profile or the settings changed). */
  clear(): void;
}

export interface CheckerOptions {
  timeoutMs: number;
  /** Longest text that is sent at all. */
  maxLength: number;
  /** How many recent answers are kept (a post can have several composers). */
  keep?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CheckFailed('timeout')), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function createChecker(ask: Ask, opts: CheckerOptions): Checker {
  const keep = opts.keep ?? 16;
  const answers = new Map<string, Finding[]>();
  const asking = new Map<string, Promise<Finding[]>>();
  let generation = 0;
  const remember = (text: string, findings: Finding[]) => {
    answers.delete(text);
    answers.set(text, findings);
    if (answers.size > keep) answers.delete(answers.keys().next().value!);
  };
  const known = (text: string) => (text.trim() ? answers.get(text) : []);
  return {
    known,
    check(text) {
      const hit = known(text);
      if (hit) return Promise.resolve(hit);
      if (text.length > opts.maxLength) return Promise.reject(new CheckFailed('too-long'));
      const running = asking.get(text);
      if (running) return running;
      const asked = generation;
      const p = withTimeout(Promise.resolve().then(() => ask(text)), opts.timeoutMs).then((findings) => {
        if (asked === generation) remember(text, findings);
        return findings;
      }).finally(() => { if (asking.get(text) === p) asking.delete(text); });
      asking.set(text, p);
      return p;
    },
    clear() {
      generation++;
      answers.clear();
      asking.clear();
    },
  };
}
