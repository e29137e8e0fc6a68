// The live preview's script (`portal serve` adds it to each page it serves; published pages never carry it).
// After every build the server sends a "build" event; the page then asks for its own address again and
// reloads when the answer's ETag differs from the one it was served with: its content changed, or the
// problem panel came or went. A page nothing changed stays as it is, scroll and focus included.
(() => {
  'use strict';
  const script = document.currentScript;
  const served = '"' + script.dataset.etag + '"';
  const events = new EventSource('/__portal/events');
  let checking = false;

  // Says on the page that it is listening, for whoever needs to know before saving (the tests do).
  events.addEventListener('open', () => {
    document.documentElement.dataset.portalPreview = 'listening';
  });

  events.addEventListener('build', async () => {
    if (checking) {
      return;
    }
    checking = true;
    try {
      const response = await fetch(location.pathname + location.search, { method: 'HEAD', cache: 'no-store' });
      if (response.headers.get('ETag') !== served) {
        events.close();
        location.reload();
      }
    } catch {
      // The server stopped: EventSource retries by itself and the next "build" event checks again.
    } finally {
      checking = false;
    }
  });

  // An error summary takes the focus, so the problem is the first thing read after the reload. The panel
  // sits above the page, so restoring the scroll position the page had would leave it above the screen
  // (Chromium restores, and anchors, after the load): for a page with the panel the position is not
  // restored, and the panel is brought into view once the page has loaded.
  document.addEventListener('DOMContentLoaded', () => {
    const heading = document.getElementById('portal-preview-problems-title');
    if (!heading) {
      // Fixed again: the page keeps its place on the next reloads, as before the error.
      history.scrollRestoration = 'auto';
      return;
    }
    history.scrollRestoration = 'manual';
    heading.focus();
    window.addEventListener('load', () => {
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
  });
})();
