import { SchildwachtDB } from '../../utils/db';

let db: SchildwachtDB | undefined;

/** The background's one connection to the evidence database, opened on first use. */
export function evidenceDb(): SchildwachtDB {
  db ??= new SchildwachtDB();
  return db;
}
