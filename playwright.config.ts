import { defineConfig } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// E2E_PORT lets a second checkout run its suite while another server holds 4173.
const PORT = Number(process.env.E2E_PORT || 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;

// Playwright cannot download its browsers on these machines: scripts/e2e.sh finds a Chromium
// (scripts/find-chromium.sh) and passes it in PW_CHROMIUM_PATH. Unset, Playwright uses its own.
const executablePath = process.env.PW_CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 1 : undefined,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: ORIGIN,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Without the background-networking flags Chromium keeps calling Google hosts (blocked here, and they would
      // fail the no-other-origin check if they ever reached the page's context).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  },
  projects: [
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN'
      }
    }
  ],
  webServer: {
    // Serves build/: run `npm run build` first (scripts/e2e.sh does).
    command: `npm run preview -- --port ${PORT}`,
    url: ORIGIN,
    reuseExistingServer: !isCI,
    timeout: 60_000
  }
});
