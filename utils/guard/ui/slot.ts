import { type DialogSpec, type OpenDialog, openDialog } from './dialog';
import type { GuardShadow } from './shadow';

/** The one place a guard dialog can be open: a held post and a held photo never stack. */
export interface DialogSlot {
  open(spec: DialogSpec, onAction: (id: string) => void): OpenDialog;
  isOpen(): boolean;
  close(): void;
}

/** How a dialog is put on screen: in the guard's shadow root (tests), or in an extension frame (frame-dialog.ts). */
export type DialogOpener = (container: ParentNode & Node, spec: DialogSpec, onAction: (id: string) => void) => OpenDialog;

export function createSlot(shadow: GuardShadow, opener: DialogOpener = openDialog): DialogSlot {
  let current: OpenDialog | null = null;
  const slot: DialogSlot = {
    open(spec, onAction) {
      current?.close();
      shadow.ensure();
      const opened = opener(shadow.root, spec, onAction);
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
