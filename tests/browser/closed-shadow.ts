import type { CDPSession, Page } from 'playwright-core';

/**
 * Finds controls inside CLOSED shadow roots (Schildwacht's UI in pages), which Playwright's locators
 * cannot enter: through the browser's accessibility tree, by role and accessible name, as a screen
 * reader would. `within` is a script expression for the light-DOM element to search under.
 */
export class ClosedShadow {
  private constructor(private page: Page, private cdp: CDPSession) {}

  static async attach(page: Page): Promise<ClosedShadow> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return new ClosedShadow(page, cdp);
  }

  /** Backend node ids of the elements with this role (and exact accessible name, when given). */
  async find(role: string, name?: string, within = 'document'): Promise<number[]> {
    await this.cdp.send('DOM.getDocument', { depth: 0 });
    const root = await this.cdp.send('Runtime.evaluate', { expression: within });
    if (!root.result.objectId) return [];
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { objectId: root.result.objectId, role, accessibleName: name });
    return nodes.map((n) => n.backendDOMNodeId).filter((id): id is number => id !== undefined);
  }

  async text(backendNodeId: number): Promise<string> {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId });
    const r = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true,
    });
    return String(r.result.value ?? '');
  }

  /** Clicks the middle of the element with the real mouse (a trusted click, as an officer's). */
  async click(backendNodeId: number): Promise<void> {
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId });
    for (let attempt = 0; attempt < 20; attempt++) {
      const { model } = await this.cdp.send('DOM.getBoxModel', { backendNodeId });
      const [x1, y1, , , x3, y3] = model.border;
      const [x, y] = [(x1! + x3!) / 2, (y1! + y3!) / 2];
      // The page may still be moving (images arriving): click only when the point hits this element's host.
      const hit = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!, returnByValue: true, arguments: [{ value: x }, { value: y }],
        functionDeclaration: 'function (x, y) { const host = this.getRootNode().host ?? this; return document.elementFromPoint(x, y) === host; }',
      });
      if (hit.result.value === true) return this.page.mouse.click(x, y);
      await this.page.waitForTimeout(100);
    }
    throw new Error('the control never came to rest under the pointer');
  }

  /** The element's border box in CSS pixels of the viewport. */
  async box(backendNodeId: number): Promise<{ x: number; y: number; width: number; height: number }> {
    const { model } = await this.cdp.send('DOM.getBoxModel', { backendNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
  }

  /** The element (a page expression) whose child is the shadow host of this node. */
  async hostParentIs(backendNodeId: number, parent: string): Promise<boolean> {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId });
    const r = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!, returnByValue: true,
      functionDeclaration: `function () { return this.getRootNode().host?.parentElement === (${parent}); }`,
    });
    return r.result.value === true;
  }

  /** The text of every element with the role, e.g. all role="status" regions. */
  async texts(role: string, within = 'document'): Promise<string[]> {
    return Promise.all((await this.find(role, undefined, within)).map((id) => this.text(id)));
  }
}
