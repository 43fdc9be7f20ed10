/**
 * What an iPhone's Safari shows, in WebKit itself (MiniBrowser with Safari's iPhone user agent): the warning that the
 * data may be deleted, with the two taps to the home screen, before the first save and on the backup screen, and the
 * browser's own answer about keeping the storage (WebKit's navigator.storage).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppPage, type Driver } from './page';
import { startServer } from './processes';
import { launchWebKit } from './webkit';

const IOS_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe.sequential('webkit as an iPhone', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let driver: Driver;
  let app: AppPage;

  beforeAll(async () => {
    server = await startServer();
    driver = await launchWebKit({ userAgent: IOS_SAFARI });
    app = new AppPage(driver, server.origin);
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  test('data safety: the warning with its picture before the first save and on the backup screen', async () => {
    try {
      await app.open('/enterprise');
      const notice = await app.waitForText('添加到主屏幕', { testId: 'data-safety' });
      expect(notice).toContain('保存之前请看');
      await app.find({ role: 'img', name: '添加到主屏幕', exact: false });
      await app.open('/backup');
      await app.waitForText('7 天', { testId: 'data-safety' });
      // WebKit's answer about keeping the storage, whatever it is, is said in words.
      await app.waitForText(/长期保存/, { testId: 'persistence' });
    } catch (err) {
      const shot = await app.screenshot('webkit-iphone-data-safety').catch(() => 'none');
      (err as Error).message =
        `webkit › iPhone data safety: ${(err as Error).message}\n(screenshot: ${shot})`;
      throw err;
    }
  }, 60_000);
});
