import { SchildwachtDB } from '../../utils/db';
import type { ScanMode } from '../../utils/findability/record';
import { type FindabilityReport, buildReport } from '../../utils/findability/report';

let db: SchildwachtDB | undefined;

/** Reads the scans of ONE mode only: the trainer report never loads the officer's own scans. */
export async function loadReport(mode: ScanMode): Promise<FindabilityReport> {
  db ??= new SchildwachtDB();
  return buildReport(await db.scans.where('mode').equals(mode).toArray(), mode);
}

export async function clearScans(mode: ScanMode): Promise<void> {
  db ??= new SchildwachtDB();
  await db.scans.where('mode').equals(mode).delete();
}
