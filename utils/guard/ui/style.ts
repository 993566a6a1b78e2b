/** Styles of the guard UI (inside its shadow root, so the page's CSS cannot reach them). */
export const GUARD_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.indicator { position: fixed; pointer-events: none; font-size: 12px; line-height: 16px;
  padding: 2px 8px; border-radius: 10px; background: #fff4d6; color: #5c3b00; border: 1px solid #e0a400; white-space: nowrap; }
.indicator[hidden], .layer[hidden] { display: none; }
.layer { position: fixed; inset: 0; pointer-events: none; }
.mark { position: fixed; background: rgba(255, 184, 0, 0.28); border-bottom: 2px solid #d97706; border-radius: 2px; }
.mirror { position: fixed; visibility: hidden; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; }
.backdrop { position: fixed; inset: 0; background: rgba(15, 20, 25, 0.45); display: flex; align-items: center; justify-content: center; }
.dialog-frame { width: min(480px, calc(100vw - 32px)); height: min(420px, calc(100vh - 32px)); border: 0; border-radius: 10px;
  background: #fff; box-shadow: 0 10px 40px rgba(0, 0, 0, 0.35); color-scheme: light; }
.dialog { background: #fff; color: #1b1b1b; width: min(480px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  border-radius: 10px; padding: 20px; box-shadow: 0 10px 40px rgba(0, 0, 0, 0.35); font-size: 15px; line-height: 1.45; }
.dialog h2 { font-size: 18px; margin: 0 0 8px; }
.dialog p { margin: 0 0 12px; }
.dialog ul { margin: 0 0 12px; padding-left: 20px; }
.dialog li { margin: 4px 0; overflow-wrap: anywhere; }
.dialog .found { font-weight: 600; background: #fff4d6; padding: 0 3px; border-radius: 3px; }
.dialog .note { color: #8a1c1c; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
.actions button { font: inherit; font-size: 14px; padding: 8px 14px; border-radius: 6px; border: 1px solid #8a8a8a;
  background: #fff; color: #1b1b1b; cursor: pointer; }
.actions button.primary { background: #154273; border-color: #154273; color: #fff; }
.actions button.quiet { border-color: transparent; text-decoration: underline; }
.actions button:focus-visible { outline: 3px solid #ffb612; outline-offset: 2px; }
`;
