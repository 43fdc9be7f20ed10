/** Child processes of the cross-engine run: the app's static server, Xvfb, WebKitWebDriver. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves with the first stdout line of `child` that matches `re`; fails if it exits or `ms` pass first. */
export function waitForLine(
  child: ChildProcess,
  re: RegExp,
  ms: number,
  name: string
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = re.exec(line.trim());
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
}

/** Ends a child process and waits until it is gone. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/**
 * Serves build/ with scripts/serve-build.mjs (what `npm run preview` runs) on ENGINES_PORT or a free port.
 * `stop()` ends it: the offline step's "server stopped".
 */
export async function startServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = process.env.ENGINES_PORT ?? '0';
  const child = spawn(process.execPath, ['scripts/serve-build.mjs', '--port', port], {
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const m = await waitForLine(child, /serve-build: .* at (http:\/\/\S+)/, 10_000, 'serve-build');
  return { origin: m[1]!, stop: () => stop(child) };
}
