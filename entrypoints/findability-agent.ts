import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installAgent } from '../components/findability-agent';

/**
 * The findability agent: injected into a web page on the officer's click, and
 * loaded by the demo pages (public/demo/) themselves. It reads the page's text
 * and marks findings; detection itself runs in the background.
 */
export default defineUnlistedScript(() => {
  installAgent(document);
});
