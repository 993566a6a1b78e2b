import type { Frame, Page } from 'playwright-core';

/**
 * The guard's UI lives in a CLOSED shadow root, out of reach of page scripts and of Playwright's
 * selectors. The browser's accessibility tree (over CDP) sees it the way a screen reader does, so
 * the tests read and press the dialog through it.
 */
interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

export interface AxView {
  role: string;
  name: string;
  text: string;
  buttons: { name: string; backendNodeId: number }[];
}

async function tree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
  } finally {
    await cdp.detach();
  }
}

function view(nodes: AxNode[], root: AxNode): AxView {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts: string[] = [];
  const buttons: AxView['buttons'] = [];
  const walk = (n: AxNode) => {
    if (n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
    if (n.role?.value === 'button' && n.backendDOMNodeId) buttons.push({ name: n.name?.value ?? '', backendNodeId: n.backendDOMNodeId });
    for (const id of n.childIds ?? []) { const c = byId.get(id); if (c) walk(c); }
  };
  walk(root);
  return { role: root.role?.value ?? '', name: root.name?.value ?? '', text: texts.join(''), buttons };
}

/** The guard's dialog: an extension page framed in the page (utils/guard/ui/frame-dialog.ts), if one is open. */
export const dialogFrame = (page: Page): Frame | null =>
  page.frames().findLast((f) => !f.isDetached() && f.url().includes('/guard-dialog.html')) ?? null;

/** Within 2 s, or null: a frame that goes away (the dialog closed) while it is read may never answer. */
const soon = <T>(p: Promise<T>): Promise<T | null> =>
  Promise.race([p.catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);

/** The open guard dialog, read in its frame as its accessible name, text and buttons. */
function frameDialog(frame: Frame): Promise<AxView | null> {
  return soon(frame.evaluate(() => {
    const d = document.querySelector('[role="alertdialog"]');
    if (!d) return null;
    const name = document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
    const buttons = [...d.querySelectorAll('button')].map((b) => ({ name: b.textContent ?? '', backendNodeId: 0 }));
    return { role: 'alertdialog', name, text: d.textContent ?? '', buttons };
  }));
}

/** The first accessible node with this role (e.g. 'status'), or null; an 'alertdialog' is looked for in the dialog frame. */
export async function axFind(page: Page, role: string): Promise<AxView | null> {
  if (role === 'alertdialog') {
    const frame = dialogFrame(page);
    return frame ? frameDialog(frame) : null;
  }
  const nodes = await tree(page);
  const node = nodes.find((n) => !n.ignored && n.role?.value === role);
  return node ? view(nodes, node) : null;
}

/** Whether the guard dialog's frame has the keyboard focus (so Escape and Tab reach it). */
export const dialogFocused = async (page: Page) => {
  const frame = dialogFrame(page);
  return !!frame && !!(await soon(frame.evaluate(() => document.hasFocus() && document.activeElement?.localName === 'button')));
};

/** Clicks a button of the open guard dialog with the real mouse, found by its accessible name. */
export async function axClick(page: Page, name: string): Promise<void> {
  const frame = dialogFrame(page);
  const dialog = await axFind(page, 'alertdialog');
  if (!frame || !dialog?.buttons.some((b) => b.name === name)) throw new Error(`no button "${name}" in ${JSON.stringify(dialog?.buttons.map((b) => b.name))}`);
  const box = await soon(frame.getByRole('button', { name, exact: true }).boundingBox());
  if (!box) throw new Error(`button "${name}" is not on screen`);
  // A real (trusted) click of the whole page's mouse. A click that closes the dialog removes the
  // frame it landed in, and the browser may then never acknowledge the release: do not wait for it.
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const mouse = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased') => cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
  try {
    await mouse('mouseMoved');
    await mouse('mousePressed');
    await soon(mouse('mouseReleased'));
  } finally {
    await soon(cdp.detach());
  }
}

/** What has focus, as the page sees it: the tag and testid/class of document.activeElement. */
export function activeElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${el.className}` : '';
  });
}

interface DomNode { nodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }

export interface Box { x: number; y: number; width: number; height: number }

/** Boxes of the highlight marks the guard drew in its closed shadow root (CDP pierces it). */
export const markBoxes = (page: Page) => classBoxes(page, 'mark');

/** Whether two boxes share any area. */
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of the guard's own elements with this class, inside its closed shadow root. */
export async function classBoxes(page: Page, cls: string): Promise<Box[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const marks: number[] = [];
    const walk = (n: DomNode) => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === 'class' && a[i + 1] === cls) marks.push(n.nodeId);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    const boxes = [];
    for (const nodeId of marks) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[]; width: number; height: number } };
      boxes.push({ x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height });
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

/** Escape in the focused guard dialog, without waiting for acknowledgements a closing frame may never send (see axClick). */
export async function escapeDialog(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = (type: 'keyDown' | 'keyUp') => cdp.send('Input.dispatchKeyEvent', { type, key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 });
  try {
    await soon(key('keyDown'));
    await soon(key('keyUp'));
  } finally {
    await soon(cdp.detach());
  }
}
