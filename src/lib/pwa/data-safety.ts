/**
 * Whether the browser may delete the data on this device by itself, and what the user can do about it.
 *
 * WebKit's tracking prevention deletes all of a site's script-writable storage, IndexedDB included, once the browser
 * has been used for 7 days without the user visiting the site; a site added to the home screen is an app of its own
 * and is not counted that way (WebKit blog, "Full Third-Party Cookie Blocking and More", 2020-03-24, and "Updates to
 * Storage Policy", 2023-06-05). WebKit is Safari's engine on iPhone, iPad and Mac, and on an iPhone it is also every
 * other browser's and WeChat's. Only Safari can add a site to the home screen on every iOS version; WeChat never can.
 * A Mac's Safari (17+) adds a web app to the Dock.
 */
import { localDate } from '$lib/clock';

/** What the page can learn about its browser (browserFacts() in the browser; tests pass their own). */
export interface BrowserFacts {
  userAgent: string;
  /** navigator.maxTouchPoints: an iPad in desktop mode calls itself a Mac but has touch points. */
  maxTouchPoints: number;
  /** Opened from the home screen (iOS navigator.standalone) or as an installed app (display-mode). */
  standalone: boolean;
}

export type DataSafety =
  /** No automatic deletion to warn about: another engine, an Android phone, or already a home-screen app. */
  | { kind: 'safe' }
  /** Safari on an iPhone or iPad, in a tab: add to the home screen (share → 添加到主屏幕). */
  | { kind: 'add-to-home-screen' }
  /** WeChat or another browser on iOS: open the page in Safari first, then add it to the home screen. */
  | { kind: 'open-in-safari'; from: 'wechat' | 'browser' }
  /** Safari on a Mac, in a tab: File → Add to Dock. */
  | { kind: 'add-to-dock' };

/**
 * Safari's own user agent ends "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1" (an iPad in desktop
 * mode and a Mac leave out Mobile/). Every other browser and in-app browser adds its own token there (CriOS, FxiOS,
 * EdgiOS, MicroMessenger, MQQBrowser, GSA …) or drops Version/.
 */
const SAFARI = /\(KHTML, like Gecko\) Version\/[\d.]+ (?:Mobile\/\w+ )?Safari\/[\d.]+$/;

export function dataSafety(facts: BrowserFacts): DataSafety {
  if (facts.standalone) return { kind: 'safe' };
  const ua = facts.userAgent;
  const mac = /\bMacintosh\b/.test(ua);
  const ios = /\b(iPhone|iPad|iPod)\b/.test(ua) || (mac && facts.maxTouchPoints > 1);
  const safari = SAFARI.test(ua);
  if (ios) {
    if (safari) return { kind: 'add-to-home-screen' };
    return { kind: 'open-in-safari', from: /MicroMessenger/i.test(ua) ? 'wechat' : 'browser' };
  }
  return mac && safari ? { kind: 'add-to-dock' } : { kind: 'safe' };
}

/** The facts of the browser the app runs in (browser only). */
export function browserFacts(): BrowserFacts {
  const nav = navigator as Navigator & { standalone?: boolean };
  const installed = ['standalone', 'fullscreen', 'minimal-ui'].some(
    (mode) => typeof matchMedia === 'function' && matchMedia(`(display-mode: ${mode})`).matches
  );
  return {
    userAgent: nav.userAgent,
    maxTouchPoints: nav.maxTouchPoints ?? 0,
    standalone: nav.standalone === true || installed
  };
}

/** Whole calendar days from the local date of `iso` (a stored timestamp) to `today` (yyyy-mm-dd); never negative. */
export function daysSince(iso: string, today: string): number {
  const day = (ymd: string) => {
    const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return Math.max(0, Math.round(day(today) - day(localDate(iso))));
}
