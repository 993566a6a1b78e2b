import { extensionDb } from '../../utils/db';
import type { ScanMode } from '../../utils/findability/record';
import { type FindabilityReport, buildReport } from '../../utils/findability/report';

/** Reads the scans of ONE mode only: the trainer report never loads the officer's own scans. */
export async function loadReport(mode: ScanMode): Promise<FindabilityReport> {
  return buildReport(await extensionDb().scans.where('mode').equals(mode).toArray(), mode);
}

export async function clearScans(mode: ScanMode): Promise<void> {
  await extensionDb().scans.where('mode').equals(mode).delete();
}
