import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInMatches } from '../../utils/sites/index';
import { startCapture } from './start';

/**
 * Evidence capture in the page: a "Bewijs vastleggen" button on every post of the known platforms,
 * and the measuring the background asks for. Injected on demand into other pages (context menu,
 * shortcut, popup) as content-scripts/capture.js.
 */
export default defineContentScript({
  matches: builtInMatches,
  runAt: 'document_idle',
  main() {
    startCapture();
  },
});
