/**
 * Opens the field a link points at: a readiness step links to a form with the field's id as #hash
 * (`/asset?…#revenueWan`); the form renders after its record loads, so the browser's own jump finds nothing.
 * Scrolls the element into view and focuses it, opening any <details> around it. Runs once per address.
 */
let done = '';

export function focusFromHash(): void {
  if (typeof location === 'undefined') return;
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || done === location.href) return;
  // After this frame's render: the field appears in the same update that set the form ready.
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    done = location.href;
    for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  });
}
