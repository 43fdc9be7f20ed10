/** Saves a file through the browser's download (no network: an object URL of the bytes in memory). */
export function saveFile(name: string, parts: BlobPart[], type: string): void {
  const file = new File(parts, name, { type });
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
