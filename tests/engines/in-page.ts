/**
 * Code that runs inside the page under test, sent as a function to WebKitWebDriver (`execute/sync`) or puppeteer
 * (`evaluate`). Each function is self-contained (no imports, no outer names: only its source reaches the page) and
 * returns an element or plain JSON. The app's CSP forbids eval: these functions are the script itself, never a string
 * evaluated inside the page.
 */

/** What a test points at, the way a user sees it: a control by role and accessible name, a field by label, a test id. */
export type Target =
  | { role: Role; name: string; exact?: boolean; within?: string }
  | { label: string; exact?: boolean; within?: string }
  | { testId: string; within?: string }
  | { css: string; within?: string };

export type Role = 'button' | 'link' | 'heading' | 'checkbox' | 'dialog' | 'img' | 'status' | 'alert';

/** A short description for messages: `button "保存"`. */
export function describeTarget(t: Target): string {
  if ('role' in t) return `${t.role} "${t.name}"`;
  if ('label' in t) return `field "${t.label}"`;
  if ('testId' in t) return `[data-testid="${t.testId}"]`;
  return t.css;
}

/**
 * The first visible element that matches `t`, or null. Names are computed the simple way that fits this app:
 * aria-label, aria-labelledby, <label>s, then the text without aria-hidden parts (required-field stars), whitespace
 * collapsed. `exact: false` matches a part of the name.
 */
export function findTarget(t: Target): Element | null {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (el: Element): string => {
    let s = '';
    for (const n of Array.from(el.childNodes)) {
      if (n.nodeType === 3) s += n.nodeValue ?? '';
      else if (n.nodeType === 1 && (n as Element).getAttribute('aria-hidden') !== 'true')
        s += textOf(n as Element);
    }
    return s;
  };
  const nameOf = (el: Element): string => {
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return norm(
        by
          .split(/\s+/)
          .map((id) => {
            const ref = document.getElementById(id);
            return ref ? textOf(ref) : '';
          })
          .join(' ')
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return norm(Array.from(labels).map(textOf).join(' '));
    if (el instanceof HTMLImageElement) return norm(el.alt);
    return norm(textOf(el) || el.getAttribute('title'));
  };
  const visible = (el: Element) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const roles: Record<Role, string> = {
    button: 'button, [role=button], input[type=submit], input[type=button], summary',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    dialog: 'dialog[open], [role=dialog]',
    img: 'img, svg[role=img], [role=img]',
    status: '[role=status], output',
    alert: '[role=alert]'
  };
  const scope: ParentNode = t.within
    ? (document.querySelector(t.within) ?? document.createElement('i'))
    : document;
  const matches = (name: string, want: string, exact: boolean | undefined) =>
    exact === false ? name.includes(want) : name === want;
  let candidates: Element[];
  if ('testId' in t) candidates = Array.from(scope.querySelectorAll(`[data-testid="${t.testId}"]`));
  else if ('css' in t) candidates = Array.from(scope.querySelectorAll(t.css));
  else if ('label' in t)
    candidates = Array.from(scope.querySelectorAll('input, select, textarea')).filter((el) =>
      matches(nameOf(el), t.label, t.exact)
    );
  else
    candidates = Array.from(scope.querySelectorAll(roles[t.role])).filter((el) =>
      matches(nameOf(el), t.name, t.exact)
    );
  return candidates.find(visible) ?? null;
}

/**
 * Sets a control's value the way a picker does (date inputs, selects): the value, then `input` and `change`.
 * Typing into a date field differs in every engine (segments in the locale's order), a phone user picks a date.
 */
export function setControlValue(el: Element, value: string): string {
  const input = el as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const proto = Object.getPrototypeOf(input) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input.value;
}

/** The kind of control an element is: 'date', 'select', 'file', 'text' … (how fill() should treat it). */
export function controlKind(el: Element): string {
  if (el instanceof HTMLSelectElement) return 'select';
  if (el instanceof HTMLInputElement) return el.type;
  return el.tagName.toLowerCase();
}

/** Empties a text field the way select-all + delete does (one `input` event), so typing starts from nothing. */
export function clearField(el: Element): void {
  const input = el as HTMLInputElement;
  if (input.value === '') return;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The element's visible text (innerText), without the isolation marks (U+2066-2069) around user text. */
export function textOfElement(el: Element): string {
  return (el as HTMLElement).innerText.replace(/[\u2066-\u2069]/g, '');
}

/** Whether the element can be clicked now: not disabled, not inside an inert part of the page. */
export function isEnabled(el: Element): boolean {
  return !(el as HTMLButtonElement).disabled && !el.closest('[inert]');
}

/**
 * Scrolls the element to the middle of the screen and returns the point a finger would tap, or what covers that point
 * (a toast, a sticky bar): a tap there would not reach the element.
 */
export function tapPoint(el: Element): { x: number; y: number } | { covered: string } {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  if (hit && hit !== el && !el.contains(hit)) {
    const cls = typeof hit.className === 'string' && hit.className ? `.${hit.className.split(' ')[0]}` : '';
    return {
      covered: `<${hit.tagName.toLowerCase()}${cls}> "${(hit.textContent ?? '').trim().slice(0, 40)}"`
    };
  }
  return { x, y };
}
