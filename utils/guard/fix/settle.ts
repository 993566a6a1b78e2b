/**
 * Waiting for an editor engine. Engines handle input in their own event handlers, then commit in a
 * microtask or a later task, and redraw in a frame: the guard looks again only once they are done.
 */
type View = Window & typeof globalThis;

const viewOf = (node: Node): View | null => (node.ownerDocument?.defaultView ?? null) as View | null;

/** After the current task and its microtasks (a message is not clamped like a nested timeout). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/** The next frame; a hidden tab draws none, so at most 50 ms. */
function nextFrame(view: View | null): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    view?.requestAnimationFrame?.(() => { clearTimeout(timer); resolve(); });
  });
}

/**
 * Resolves true once the element's text and children have not changed for `quietFrames` frames in
 * a row and at least `quietMs` (the engine has no pending redraw, also one on a short timer), false
 * if it is still changing after `maxMs`.
 */
export async function settled(el: Element, quietFrames = 2, maxMs = 1000, quietMs = 30): Promise<boolean> {
  const view = viewOf(el);
  const Observer = view?.MutationObserver ?? MutationObserver;
  let changed = false;
  const observer = new Observer(() => { changed = true; });
  observer.observe(el, { subtree: true, childList: true, characterData: true });
  const end = Date.now() + maxMs;
  try {
    let calmSince = Date.now();
    for (let calm = 0; calm < quietFrames || Date.now() - calmSince < quietMs;) {
      if (Date.now() > end) return false;
      changed = false;
      await nextFrame(view);
      await nextTask();
      if (changed) calmSince = Date.now();
      calm = changed ? 0 : calm + 1;
    }
    return true;
  } finally {
    observer.disconnect();
  }
}

/**
 * Selects a DOM range and waits until the page has had its `selectionchange` (engines such as
 * Draft.js and Lexical keep their own copy of the selection and act on that copy, not the DOM's).
 */
export function selectAndWait(range: Range, maxMs = 50): Promise<void> {
  const doc = range.startContainer.ownerDocument!;
  const selection = doc.getSelection();
  if (!selection) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      void nextTask().then(resolve);
    };
    const timer = setTimeout(done, maxMs);
    doc.addEventListener('selectionchange', done);
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  });
}
