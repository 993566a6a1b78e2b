import { browser } from 'wxt/browser';
import { type DialogSpec, type OpenDialog, chosenAction } from '../../utils/guard/ui/dialog';

/**
 * Onopvallend: the held post's dialog in a window of its own, through the background
 * (entrypoints/background/dialog-relay.ts). Nothing of it enters the page.
 */
export function windowDialog(spec: DialogSpec, onAction: (id: string) => void): OpenDialog {
  const port = browser.runtime.connect({ name: 'guard-dialog' });
  let current = spec;
  let open = true;
  port.onMessage.addListener((raw: unknown) => {
    const type = (raw as { type?: unknown } | null)?.type;
    const chosen = chosenAction(raw, current);
    if (type === 'ready') port.postMessage({ type: 'show', spec: current });
    else if (chosen) onAction(chosen);
    else if (type === 'closed' && open) onAction(current.cancel);
  });
  return {
    close() { open = false; port.disconnect(); },
    update(next) { current = next; port.postMessage({ type: 'show', spec: next }); },
  };
}
