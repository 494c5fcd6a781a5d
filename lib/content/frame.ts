/**
 * Keel's in-page strip: an extension-origin frame (web-accessible with use_dynamic_url), so
 * nothing Keel shows is in the host page's DOM. The host page sees only an iframe it cannot
 * read into.
 */
const FRAME_STYLE = [
  'position:fixed',
  'right:16px',
  'bottom:16px',
  'width:min(720px,calc(100vw - 32px))',
  'height:58px',
  'border:0',
  'margin:0',
  'padding:0',
  'background:transparent',
  'color-scheme:normal',
  'z-index:2147483646',
  'display:block',
].join(';');

export interface StripFrame {
  show(): void;
  hide(): void;
  remove(): void;
}

/** `src` is asked for when the frame is first shown, not at start-up. */
export function createStripFrame(src: () => string): StripFrame {
  let frame: HTMLIFrameElement | null = null;
  return {
    show() {
      if (frame?.isConnected) {
        frame.style.display = 'block';
        return;
      }
      performance.mark('keel:frame-start');
      frame = document.createElement('iframe');
      frame.src = src();
      frame.setAttribute('style', FRAME_STYLE);
      frame.setAttribute('title', 'Keel');
      frame.setAttribute('allowtransparency', 'true');
      // documentElement, not body: single-page apps sometimes replace <body>.
      document.documentElement.append(frame);
      performance.mark('keel:frame-end');
    },
    hide() {
      if (frame) frame.style.display = 'none';
    },
    remove() {
      frame?.remove();
      frame = null;
    },
  };
}
