import { ZipError } from '../unzip';
import { verifyBundle } from '../verify';
import { readerFor, sourcesFromDrop, sourcesFromFiles } from './collect';
import { pinsOf } from './pins-embed';
import { renderReport } from './render';
import { type VerifyTexts, fill, verifyTextsNl } from './texts';

/**
 * The offline verifier inside every bundle (verify.html): the reader drops the ZIP or
 * the unzipped folder and sees, in Dutch, what matches. No network, no dependencies.
 */
export function mountVerifier(doc: Document, tx: VerifyTexts = verifyTextsNl): void {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const zone = $<HTMLElement>('drop');
  const status = $<HTMLElement>('status');
  const result = $<HTMLElement>('result');
  const check = async (sources: Awaited<ReturnType<typeof sourcesFromDrop>>) => {
    if (!sources.length) return;
    result.replaceChildren();
    status.textContent = fill(tx.busy, 0, sources.length);
    try {
      const reader = await readerFor(sources);
      const report = await verifyBundle(reader, { pins: pinsOf(doc), onProgress: (done, total) => { status.textContent = fill(tx.busy, done, total); } });
      status.textContent = '';
      renderReport(doc, result, report, tx);
    } catch (err) {
      status.textContent = fill(tx.problem_notZip, err instanceof ZipError ? err.message : String(err));
    }
  };
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer) void sourcesFromDrop(e.dataTransfer).then(check);
  });
  for (const id of ['pick-files', 'pick-folder']) {
    const input = $<HTMLInputElement>(id);
    input.addEventListener('change', () => { if (input.files) void check(sourcesFromFiles(input.files)); input.value = ''; });
  }
}
