import type { ComposerSpec } from '../sites/types';

export interface KeyLike {
  key: string;
  keyCode?: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

function enterSendsIn(editor: Element, spec: ComposerSpec): boolean {
  return spec.enterSends === true || (typeof spec.enterSends === 'string' && editor.matches(spec.enterSends));
}

/**
 * Whether a key press sends the post in this editor. Enter that confirms an IME composition
 * (isComposing, or keyCode 229 in browsers that report it that way) never sends.
 */
export function isSendKey(e: KeyLike, editor: Element, spec: ComposerSpec): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  if (e.ctrlKey || e.metaKey) return spec.modEnterSends || enterSendsIn(editor, spec);
  if (e.shiftKey || e.altKey) return false;
  return enterSendsIn(editor, spec);
}
