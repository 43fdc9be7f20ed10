declare module 'virtual:summary-worker-url' {
  /** The URL of the overview's worker script (vite.config.ts: summaryWorkerUrl). */
  const url: string;
  export default url;
}
