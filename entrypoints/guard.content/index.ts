import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInMatches } from '../../utils/sites/index';
import { startGuard } from './start';

// Built-in social sites from the manifest; sites the officer switches on are registered at run
// time by the background (entrypoints/background/guard-scripts.ts) with this same file.
export default defineContentScript({
  matches: builtInMatches,
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    void startGuard(ctx);
  },
});
