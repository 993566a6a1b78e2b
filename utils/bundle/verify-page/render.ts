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

/** Renders the outcome of a check into `target`: verdict first, then problems, facts and every file. */
export function renderReport(doc: Document, target: HTMLElement, r: VerifyReport, tx: VerifyTexts): void {
  const h = maker(doc);
  target.replaceChildren();
  const problems = r.problems.length + r.files.filter((f) => f.status !== 'ok').length;
  target.append(h('p', r.ok ? fill(tx.allOk, r.files.length) : fill(tx.notOk, problems), { class: r.ok ? 'verdict ok' : 'verdict bad', 'data-verdict': r.ok ? 'ok' : 'bad' }));
  if (r.problems.length) {
    target.append(h('h2', tx.problemsHeading));
    const ul = h('ul', undefined, { class: 'problems' });
    for (const p of r.problems) ul.append(h('li', fill(tx[`problem_${p.code}`], p.detail), { 'data-problem': p.code }));
    target.append(ul);
  }
  const facts = h('ul', undefined, { class: 'facts' });
  if (r.manifest) {
    facts.append(h('li', fill(tx.bundleInfo, r.manifest.bundleId, r.manifest.created.replace('T', ' ').replace('Z', ''), r.manifest.items.length)));
    facts.append(h('li', r.manifest.personnelNumber ? fill(tx.officer, r.manifest.personnelNumber) : tx.officerMissing));
  }
  const items = new Set(r.custody.entries.map((e) => e.itemId)).size;
  facts.append(h('li', r.custody.ok ? fill(tx.custodyOk, r.custody.entries.length, items) : tx.custodyBad, { 'data-custody': r.custody.ok ? 'ok' : 'bad' }));
  if (r.timestamp) {
    facts.append(h('li', r.timestamp.ok ? fill(tx.timestampOk, r.timestamp.genTime ?? '?', r.timestamp.tsa ?? '?') : tx.timestampBad, { 'data-timestamp': r.timestamp.ok ? 'ok' : 'bad' }));
    if (r.timestamp.rootFingerprint) facts.append(h('li', fill(tx.timestampRoot, r.timestamp.rootFingerprint)));
  } else if (r.manifest) facts.append(h('li', tx.timestampNone));
  target.append(facts, h('h2', tx.filesHeading), fileTable(h, r, tx));
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
