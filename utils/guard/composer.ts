import type { ComposerSpec } from '../sites/types';

/** Parent element, stepping out of shadow roots to their host. */
export function parentDeep(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as ShadowRoot | null;
  return root && 'host' in root ? root.host : null;
}

/** The elements an event went through, innermost first (across open shadow roots). */
export function eventPath(e: Event): Element[] {
  const path = e.composedPath().filter((n): n is Element => (n as Node).nodeType === 1);
  if (path.length || !(e.target instanceof Object) || (e.target as Node).nodeType !== 1) return path;
  const out: Element[] = [];
  for (let el: Element | null = e.target as Element; el; el = parentDeep(el)) out.push(el);
  return out;
}

function labelOf(el: Element): string {
  const raw = el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '';
  return raw.replace(/\s+/g, ' ').trim();
}

export function isSendControl(el: Element, spec: ComposerSpec): boolean {
  return el.matches(spec.send) && (!spec.sendLabel || spec.sendLabel.test(labelOf(el)));
}

/** The send control an event hit, if any. */
export function sendControlIn(path: readonly Element[], spec: ComposerSpec): Element | null {
  return path.find((el) => isSendControl(el, spec)) ?? null;
}

/** The editor an event happened in, if any. */
export function editorIn(path: readonly Element[], spec: ComposerSpec): Element | null {
  return path.find((el) => el.matches(spec.editor)) ?? null;
}

function usable(el: Element): boolean {
  return !el.matches('[hidden], [disabled], [readonly], [aria-hidden="true"], [name="g-recaptcha-response"]');
}

/** Editors inside a root, outermost only (an editor nested in another is part of it). */
export function editorsIn(root: Element, spec: ComposerSpec): Element[] {
  const all = [...root.querySelectorAll(spec.editor)].filter(usable);
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/** The editors whose text a send control sends: its composer's scope, else its nearest ancestor with editors. */
export function editorsForControl(control: Element, spec: ComposerSpec): Element[] {
  if (spec.scope) {
    for (let el: Element | null = control; el; el = parentDeep(el)) {
      if (el.matches(spec.scope)) return editorsIn(el, spec);
    }
  }
  for (let el = parentDeep(control); el; el = parentDeep(el)) {
    const found = editorsIn(el, spec);
    if (found.length) return found;
  }
  return [];
}
