import type { VerifyReport } from '../verify';
import { type VerifyTexts, fill } from './texts';

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs?: Record<string, string>) => HTMLElementTagNameMap[K];

function maker(doc: Document): Make {
  return (tag, text, attrs = {}) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text; // never innerHTML: a bundle may be hostile
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
}

/** green: consistent (and, with a timestamp, trusted); amber: consistent but the timestamp's TSA is not pinned; red: problems. */
export function verdictOf(r: VerifyReport): 'ok' | 'warn' | 'bad' {
  if (!r.ok) return 'bad';
  return [r.timestamp, ...r.captureStamps.map((s) => s.check)].some((c) => c && !c.trusted) ? 'warn' : 'ok';
}

/** Renders the outcome of a check into `target`: verdict and fingerprint first, then problems, facts and every file. */
export function renderReport(doc: Document, target: HTMLElement, r: VerifyReport, tx: VerifyTexts): void {
  const h = maker(doc);
  target.replaceChildren();
  const problems = r.problems.length + r.files.filter((f) => f.status !== 'ok').length;
  const verdict = verdictOf(r);
  const text = verdict === 'bad' ? fill(tx.notOk, problems) : verdict === 'warn' ? fill(tx.warnUntrusted, r.files.length)
    : r.timestamp ? fill(tx.allOkTrusted, r.files.length, r.timestamp.genTime ?? '?') : fill(tx.allOk, r.files.length);
  target.append(h('p', text, { class: `verdict ${verdict}`, 'data-verdict': verdict }));
  if (r.fingerprint) target.append(fingerprintBlock(h, r.fingerprint, tx));
  if (r.problems.length) {
    target.append(h('h2', tx.problemsHeading));
    const ul = h('ul', undefined, { class: 'problems' });
    for (const p of r.problems) ul.append(h('li', fill(tx[`problem_${p.code}`], p.detail), { 'data-problem': p.code }));
    target.append(ul);
  }
  target.append(facts(h, r, tx), h('h2', tx.filesHeading), fileTable(h, r, tx));
}

function fingerprintBlock(h: Make, fingerprint: string, tx: VerifyTexts): HTMLElement {
  const box = h('div', undefined, { class: 'fingerprint' });
  box.append(h('p', tx.fingerprint), h('p', fingerprint, { class: 'hash', 'data-fingerprint': fingerprint }), h('p', tx.fingerprintHint));
  return box;
}

function facts(h: Make, r: VerifyReport, tx: VerifyTexts): HTMLUListElement {
  const ul = h('ul', undefined, { class: 'facts' });
  if (r.manifest) {
    ul.append(h('li', fill(tx.bundleInfo, r.manifest.bundleId, r.manifest.created.replace('T', ' ').replace('Z', ''), r.manifest.items.length)));
    ul.append(h('li', r.manifest.personnelNumber ? fill(tx.officer, r.manifest.personnelNumber) : tx.officerMissing));
  }
  const items = new Set(r.custody.entries.map((e) => e.itemId)).size;
  ul.append(h('li', r.custody.ok ? fill(tx.custodyOk, r.custody.entries.length, items) : tx.custodyBad, { 'data-custody': r.custody.ok ? 'ok' : 'bad' }));
  const ts = r.timestamp;
  if (ts) {
    const state = !ts.ok ? 'bad' : ts.trusted ? 'ok' : 'warn';
    const line = state === 'bad' ? tx.timestampBad : state === 'ok' ? fill(tx.timestampOk, ts.genTime ?? '?', ts.tsa ?? '?', ts.anchor?.label ?? '?')
      : fill(tx.timestampUntrusted, ts.tsa ?? '?', ts.genTime ?? '?');
    ul.append(h('li', line, { 'data-timestamp': state }));
    if (ts.signerFingerprint) ul.append(h('li', fill(tx.timestampSigner, ts.signerFingerprint), { 'data-signer': ts.signerFingerprint }));
    if (ts.policy) ul.append(h('li', fill(tx.timestampPolicy, ts.policyName ? `${ts.policy} (${ts.policyName})` : ts.policy), { 'data-policy': ts.policy }));
  } else if (r.manifest) ul.append(h('li', tx.timestampNone));
  for (const s of r.captureStamps.filter((c) => c.check.ok)) {
    const delay = s.delayMs === null ? '?' : `${Math.max(0, Math.round(s.delayMs / 1000))} s`;
    const line = s.check.trusted ? fill(tx.captureStampOk, s.itemNumber, s.check.genTime ?? '?', delay, s.check.tsa ?? '?')
      : fill(tx.captureStampUntrusted, s.itemNumber, s.check.genTime ?? '?', delay, s.check.tsa ?? '?');
    ul.append(h('li', line, { 'data-capture-stamp': s.check.trusted ? 'ok' : 'warn' }));
  }
  for (const n of r.reconstructed) ul.append(h('li', fill(tx.reconstructedItem, n), { 'data-pixels-from': 'html2canvas' }));
  for (const e of r.takedown) {
    const at = e.at.replace('T', ' ').slice(0, 19);
    ul.append(h('li', fill(e.kind === 'notice' ? tx.takedownNotice : tx.takedownCheck, e.itemNumber, at, e.text), { 'data-takedown': e.kind }));
  }
  if (r.takedown.length) ul.append(h('li', tx.takedownNote));
  if (r.manifest?.withheld.length) {
    ul.append(h('li', fill(tx.withheldInfo, r.manifest.withheld.length), { 'data-withheld': String(r.manifest.withheld.length) }));
    for (const w of r.manifest.withheld) ul.append(h('li', fill(tx.withheldFile, w.path, w.sha256), { 'data-withheld-path': w.path }));
  }
  if (r.originals) ul.append(h('li', fill(tx.originalsInfo, r.originals.bundleId, r.originals.fingerprint, r.originals.matched, r.originals.committed), { 'data-originals': `${r.originals.matched}/${r.originals.committed}` }));
  if (r.manifest) ul.append(h('li', tx.reportNote));
  return ul;
}

function fileTable(h: Make, r: VerifyReport, tx: VerifyTexts): HTMLTableElement {
  const table = h('table', undefined, { class: 'files' });
  const head = h('tr');
  for (const c of [tx.colFile, tx.colStatus, tx.colExpected, tx.colActual]) head.append(h('th', c, { scope: 'col' }));
  table.append(h('thead'), h('tbody'));
  table.tHead!.append(head);
  // Problems first, so a reader sees at once what is wrong.
  const sorted = [...r.files].sort((a, b) => Number(a.status === 'ok') - Number(b.status === 'ok'));
  for (const f of sorted) {
    const row = h('tr', undefined, { 'data-path': f.path, 'data-status': f.status, class: f.status === 'ok' ? 'ok' : 'bad' });
    row.append(h('td', f.path), h('td', tx[`status_${f.status}`]), h('td', f.expected ?? '—', { class: 'hash' }), h('td', f.actual ?? '—', { class: 'hash' }));
    table.tBodies[0]!.append(row);
  }
  return table;
}
