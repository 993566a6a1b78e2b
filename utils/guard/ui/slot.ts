import { type DialogSpec, type OpenDialog, openDialog } from './dialog';
import type { GuardShadow } from './shadow';

/** The one place a guard dialog can be open: a held post and a held photo never stack. */
export interface DialogSlot {
  open(spec: DialogSpec, onAction: (id: string) => void): OpenDialog;
  isOpen(): boolean;
  close(): void;
}

export function createSlot(shadow: GuardShadow): DialogSlot {
  let current: OpenDialog | null = null;
  const slot: DialogSlot = {
    open(spec, onAction) {
      current?.close();
      shadow.ensure();
      const opened = openDialog(shadow.root, spec, onAction);
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
