// A top-level window for what browsers do only at the top level: WebKit applies a `#:~:text=` fragment
// when a window navigates to it, never inside an iframe. Opened by the page (after a user gesture,
// like a reader's click), so it stays same-origin and the test can read it.

/** Opens `url` in a new window and resolves once its document has loaded; close it when done. */
export function openWindow(url: string): Promise<Window & typeof globalThis> {
  const win = window.open(url, '_blank') as (Window & typeof globalThis) | null;
  if (!win) return Promise.reject(new Error(`window.open(${url}) was refused: popups need a user gesture`));
  const target = new URL(url, location.href).pathname;
  // The window starts on about:blank; a same-origin navigation keeps the Window object, so its load
  // listener sees the loaded page (and ignores about:blank's own load, where an engine fires one).
  return new Promise((resolve) => {
    const loaded = () => {
      if (win.location.pathname !== target || win.document.readyState !== 'complete') return;
      win.removeEventListener('load', loaded);
      resolve(win);
    };
    win.addEventListener('load', loaded);
    loaded();
  });
}
