/**
 * Keel's in-page strip: an extension-origin frame (web-accessible with use_dynamic_url), so
 * nothing Keel shows is in the host page's DOM. The host page sees only an iframe it cannot
 * read into.
 *
 * Where it sits is the user's choice per desk (a corner, open or collapsed to its band), told by
 * Keel's worker (`getStripLayout`, the `stripLayout` command); the desk page has no say in it.
 */
import type { StripCorner, StripLayout } from '../model/strip';

const BASE = ['position:fixed', 'border:0', 'margin:0', 'padding:0', 'background:transparent', 'color-scheme:normal', 'z-index:2147483646'].join(';');

const CORNERS: Record<StripCorner, string> = {
  'bottom-right': 'right:16px;bottom:16px',
  'bottom-left': 'left:16px;bottom:16px',
  'top-left': 'left:16px;top:16px',
  'top-right': 'right:16px;top:16px',
};

/** Open: the bar (its contents drop what does not fit, whole). Collapsed: the band and a button. */
export const FRAME_SIZE = { open: { width: 720, height: 58 }, collapsed: { width: 184, height: 44 } } as const;

function styleFor(layout: StripLayout, visible: boolean): string {
  const size = layout.collapsed ? FRAME_SIZE.collapsed : FRAME_SIZE.open;
  return `${BASE};${CORNERS[layout.corner]};width:min(${size.width}px,calc(100vw - 32px));height:${size.height}px;display:${visible ? 'block' : 'none'}`;
}

export interface StripFrame {
  show(): void;
  hide(): void;
  remove(): void;
  /** Moves the keyboard focus into the frame (the strip then focuses its first control); false when it is not shown. */
  focus(): boolean;
  /** Place the frame (now, or when it is made). Anything but a known corner is the default. */
  setLayout(layout: { corner: string; collapsed: boolean }): void;
}

/** `src` and `title` are asked for when the frame is first shown, not at start-up. */
export function createStripFrame(src: () => string, title: () => string): StripFrame {
  let frame: HTMLIFrameElement | null = null;
  let visible = false;
  let layout: StripLayout = { corner: 'bottom-right', collapsed: false };
  const place = () => frame?.setAttribute('style', styleFor(layout, visible));
  return {
    show() {
      visible = true;
      if (frame?.isConnected) return place();
      performance.mark('keel:frame-start');
      frame = document.createElement('iframe');
      frame.src = src();
      place();
      frame.setAttribute('title', title());
      frame.setAttribute('allowtransparency', 'true');
      // documentElement, not body: single-page apps sometimes replace <body>.
      document.documentElement.append(frame);
      performance.mark('keel:frame-end');
    },
    hide() {
      visible = false;
      place();
    },
    focus() {
      if (!frame?.isConnected || !visible) return false;
      frame.focus();
      return true;
    },
    remove() {
      frame?.remove();
      frame = null;
    },
    setLayout(next) {
      layout = { corner: next.corner in CORNERS ? (next.corner as StripCorner) : 'bottom-right', collapsed: next.collapsed === true };
      place();
    },
  };
}
