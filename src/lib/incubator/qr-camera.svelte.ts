/**
 * The back camera as a QR reader: open it, read the codes in view every quarter second and hand each text on, stop.
 * The screen shows the `<video>` while `on` is true and gives it to `scan`; the decoder loads only when scanning
 * starts.
 */
export class QrCamera {
  #stream = $state.raw<MediaStream | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** True while the camera is open. */
  get on(): boolean {
    return this.#stream !== null;
  }

  /** Asks for the back camera. False when the user or the browser refused it, or there is none. */
  async open(): Promise<boolean> {
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Plays the open camera in `video` and gives every code read to `onText`, one frame each 250 ms, until `stop`.
   * A frame that cannot be read (or a text `onText` throws on) is passed over: the next frame is tried.
   */
  async scan(video: HTMLVideoElement, onText: (text: string) => Promise<void>): Promise<void> {
    const stream = this.#stream;
    if (!stream) return;
    video.srcObject = stream;
    await video.play();
    const { readQr } = await import('$lib/incubator/qr-browser');
    const loop = async () => {
      if (this.#stream !== stream) return;
      try {
        for (const text of await readQr(video)) await onText(text);
      } catch {
        // A frame that could not be read: try the next one.
      }
      if (this.#stream === stream) this.#timer = setTimeout(() => void loop(), 250);
    };
    void loop();
  }

  /** Closes the camera and stops reading. */
  stop(): void {
    clearTimeout(this.#timer);
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = null;
  }
}
