import { describe, expect, test } from 'vitest';
import { daysSince, dataSafety, type BrowserFacts } from './data-safety';
import { askPersistence, persistence } from './persistence';

// Real user agents, as these browsers send them.
const UA = {
  iosSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.153 Mobile/15E148 Safari/604.1',
  iosEdge:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/126.2592.56 Mobile/15E148 Safari/605.1.15',
  iosFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  iosQQ:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MQQBrowser/14.8.5 Network/WIFI Language/zh_CN',
  iosWeChat:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN',
  androidWeChat:
    'Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240301 MMWEBID/6533 MicroMessenger/8.0.48.2580(0x28003036) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  webkitGtk:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15'
};

const facts = (userAgent: string, over: Partial<BrowserFacts> = {}): BrowserFacts => ({
  userAgent,
  maxTouchPoints: /iPhone|Android/.test(userAgent) ? 5 : 0,
  standalone: false,
  ...over
});

describe('dataSafety: who must add the app to the home screen to keep the data', () => {
  test('Safari on an iPhone, in a tab: add to the home screen', () => {
    expect(dataSafety(facts(UA.iosSafari))).toEqual({ kind: 'add-to-home-screen' });
  });

  test('the same Safari opened from the home screen (navigator.standalone, display-mode) is safe', () => {
    expect(dataSafety(facts(UA.iosSafari, { standalone: true }))).toEqual({ kind: 'safe' });
  });

  test('an iPad in desktop mode says Macintosh but has touch points: it is iOS Safari', () => {
    expect(dataSafety(facts(UA.macSafari, { maxTouchPoints: 5 }))).toEqual({ kind: 'add-to-home-screen' });
  });

  test('Chrome (CriOS), Edge (EdgiOS, which also writes "Version/"), Firefox and QQ Browser on an iPhone: open in Safari first', () => {
    for (const ua of [UA.iosChrome, UA.iosEdge, UA.iosFirefox, UA.iosQQ])
      expect(dataSafety(facts(ua)), ua).toEqual({ kind: 'open-in-safari', from: 'browser' });
  });

  test('WeChat on an iPhone (MicroMessenger) cannot add to the home screen: open in Safari first', () => {
    expect(dataSafety(facts(UA.iosWeChat))).toEqual({ kind: 'open-in-safari', from: 'wechat' });
  });

  test('WeChat on Android runs its own Chromium (XWEB): no WebKit 7-day rule', () => {
    expect(dataSafety(facts(UA.androidWeChat))).toEqual({ kind: 'safe' });
    expect(dataSafety(facts(UA.androidChrome))).toEqual({ kind: 'safe' });
  });

  test('Safari on a Mac, in a tab: add to the Dock; installed, it is safe; Chrome on a Mac is safe', () => {
    expect(dataSafety(facts(UA.macSafari))).toEqual({ kind: 'add-to-dock' });
    expect(dataSafety(facts(UA.macSafari, { standalone: true }))).toEqual({ kind: 'safe' });
    expect(dataSafety(facts(UA.macChrome))).toEqual({ kind: 'safe' });
  });

  test('WebKitGTK on Linux (the test suite’s WebKit) is not Apple’s Safari', () => {
    expect(dataSafety(facts(UA.webkitGtk))).toEqual({ kind: 'safe' });
  });
});

describe('daysSince', () => {
  test('counts calendar days from the backup’s local date to today', () => {
    // A backup at local noon on 2026-03-01; 2026 is not a leap year: March 1 → March 8 is 7 days, → April 1 is 31.
    const at = new Date(2026, 2, 1, 12, 0).toISOString();
    expect(daysSince(at, '2026-03-01')).toBe(0);
    expect(daysSince(at, '2026-03-08')).toBe(7);
    expect(daysSince(at, '2026-04-01')).toBe(31);
    // A clock set back never gives a negative count.
    expect(daysSince(at, '2026-02-27')).toBe(0);
  });
});

describe('persistence', () => {
  test('reports the answer, asks only when told, and says when the browser has no such setting', async () => {
    let granted = false;
    const storage = {
      persisted: async () => granted,
      persist: async () => (granted = true)
    };
    expect(await persistence(storage)).toBe('not-persisted');
    expect(await askPersistence(storage)).toBe('persisted');
    expect(await persistence(storage)).toBe('persisted');
    expect(await persistence(undefined)).toBe('unsupported');
    expect(await askPersistence({} as never)).toBe('unsupported');
    // A browser whose persist() throws refused.
    expect(
      await askPersistence({ persist: () => Promise.reject(new Error('x')), persisted: storage.persisted })
    ).toBe('not-persisted');
  });
});
