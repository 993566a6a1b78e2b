/** One alert dialog at a time: a held post or photo, what was found, and what the officer can do. */
export interface DialogSpec {
  title: string;
  intro: string;
  items: { label: string; text: string }[];
  note?: string;
  actions: { id: string; label: string; kind?: 'primary' | 'quiet' }[];
  /** The action Escape takes (the one that sends nothing). */
  cancel: string;
}

/** The officer's choice as another document reports it (a frame, a window): only one of this dialog's own actions. */
export function chosenAction(raw: unknown, spec: DialogSpec): string | null {
  const msg = raw as { type?: unknown; id?: unknown } | null;
  return msg?.type === 'action' && typeof msg.id === 'string' && spec.actions.some((a) => a.id === msg.id) ? msg.id : null;
}

export interface OpenDialog {
  close(): void;
  update(spec: DialogSpec): void;
}

function render(doc: Document, dialog: HTMLElement, spec: DialogSpec): void {
  const h = (tag: string, text?: string, cls?: string) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    return el;
  };
  const title = h('h2', spec.title);
  title.id = 'sw-title';
  const intro = h('p', spec.intro);
  intro.id = 'sw-intro';
  const list = h('ul');
  for (const item of spec.items) {
    const li = h('li', `${item.label}: `);
    li.append(h('span', item.text, 'found'));
    list.append(li);
  }
  const actions = h('div', undefined, 'actions');
  for (const a of spec.actions) {
    const button = h('button', a.label, a.kind) as HTMLButtonElement;
    button.type = 'button';
    button.dataset.action = a.id;
    actions.append(button);
  }
  dialog.replaceChildren(title, intro, ...(spec.items.length ? [list] : []), ...(spec.note ? [h('p', spec.note, 'note')] : []), actions);
}

function trapFocus(dialog: HTMLElement, e: KeyboardEvent): void {
  const buttons = [...dialog.querySelectorAll('button')];
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  const i = buttons.indexOf(active as HTMLButtonElement);
  const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
  e.preventDefault();
  buttons[next]?.focus();
}

export function openDialog(container: ParentNode & Node, spec: DialogSpec, onAction: (id: string) => void): OpenDialog {
  const doc = container.ownerDocument ?? (container as Document);
  const backdrop = doc.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = doc.createElement('div');
  Object.entries({ role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'sw-title', 'aria-describedby': 'sw-intro' })
    .forEach(([k, v]) => dialog.setAttribute(k, v));
  dialog.className = 'dialog';
  let current = spec;
  render(doc, dialog, spec);
  dialog.addEventListener('click', (e) => {
    const id = (e.target as Element).closest?.('button')?.dataset.action;
    if (id) onAction(id);
  });
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { e.preventDefault(); onAction(current.cancel); }
    else if (e.key === 'Tab') trapFocus(dialog, e);
  });
  backdrop.append(dialog);
  container.append(backdrop);
  dialog.querySelector('button')?.focus();
  return {
    close: () => backdrop.remove(),
    update(next) {
      current = next;
      render(doc, dialog, next);
      dialog.querySelector('button')?.focus();
    },
  };
}
