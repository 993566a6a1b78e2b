import { type DialogSpec, type OpenDialog, openDialog } from './dialog';
import type { GuardShadow } from './shadow';

/** The one place a guard dialog can be open: a held post and a held photo never stack. */
export interface DialogSlot {
  open(spec: DialogSpec, onAction: (id: string) => void): OpenDialog;
  isOpen(): boolean;
  close(): void;
}

/**
 * How a dialog is put on screen: in the guard's shadow root (tests), in an extension frame in it
 * (frame-dialog.ts), or, Onopvallend, in a window of its own (nothing in the page).
 */
export type DialogOpener = (shadow: GuardShadow, spec: DialogSpec, onAction: (id: string) => void) => OpenDialog;

const inShadow: DialogOpener = (shadow, spec, onAction) => {
  shadow.ensure();
  return openDialog(shadow.root, spec, onAction);
};

export function createSlot(shadow: GuardShadow, opener: DialogOpener = inShadow): DialogSlot {
  let current: OpenDialog | null = null;
  const slot: DialogSlot = {
    open(spec, onAction) {
      current?.close();
      const opened = opener(shadow, spec, onAction);
      const handle: OpenDialog = {
        close() { opened.close(); if (current === handle) current = null; },
        update: (next) => opened.update(next),
      };
      current = handle;
      return handle;
    },
    isOpen: () => current !== null,
    close: () => current?.close(),
  };
  return slot;
}
