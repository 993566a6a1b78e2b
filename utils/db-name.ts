/** The extension's database's name in IndexedDB (utils/db.ts; a module of its own, so a page can read it without Dexie). */
export const DB_NAME = 'schildwacht';
