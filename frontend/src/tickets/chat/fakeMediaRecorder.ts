/**
 * A stand-in for the browser's MediaRecorder and microphone in component tests: recording produces one
 * chunk of the given type when stopped, and the test can check that the microphone was released.
 */
export function installFakeRecorder(mimeType = 'audio/ogg;codecs=opus') {
  const track = { stop: jest.fn() };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  const getUserMedia = jest.fn(async () => stream);
  class FakeMediaRecorder {
    static isTypeSupported = (type: string) => type === mimeType;
    state: RecordingState = 'inactive';
    mimeType: string;
    stream: MediaStream;
    ondataavailable: ((event: { data: Blob }) => void) | null = null;
    onstop: (() => void) | null = null;
    constructor(source: MediaStream, options?: { mimeType?: string }) {
      this.stream = source;
      this.mimeType = options?.mimeType ?? '';
    }
    start() {
      this.state = 'recording';
    }
    stop() {
      this.state = 'inactive';
      this.ondataavailable?.({ data: new Blob(['OggS-fake-voice'], { type: this.mimeType }) });
      this.onstop?.();
    }
  }
  Object.defineProperty(window, 'MediaRecorder', { value: FakeMediaRecorder, configurable: true, writable: true });
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return { getUserMedia, track };
}
