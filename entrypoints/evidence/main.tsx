import { render } from 'preact';
import { readFirstPage } from './first-page';

document.documentElement.lang = navigator.language.startsWith('nl') ? 'nl' : 'en';
// The database reads the first rows while the locker's code loads; the first paint has them when
// the read is done in time. A slow or failing read only delays it this long (the list's live query
// then shows the rows or the error).
const first = readFirstPage().catch(() => undefined);
const { Locker } = await import('./Locker');
await Promise.race([first, new Promise((ok) => setTimeout(ok, 300))]);
render(<Locker />, document.getElementById('app')!);
