import { useCallback, useEffect, useRef, useState } from 'react';
import { webmToOgg } from './webmToOgg';

// Ogg/Opus is what WhatsApp plays as a voice note; Firefox records it directly, Chromium only WebM/Opus.
const PREFERRED = ['audio/ogg;codecs=opus', 'audio/webm;codecs=opus', 'audio/webm'];

export type RecorderState = 'idle' | 'starting' | 'recording';

export function voiceRecordingSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.MediaRecorder === 'function' && !!navigator.mediaDevices?.getUserMedia;
}

/** Bytes recorded by the browser → the Ogg/Opus file the backend accepts as a voice note. */
async function toVoiceFile(blob: Blob, mimeType: string): Promise<File> {
  const name = `voz-${new Date().toISOString().replace(/[:.]/g, '-')}.ogg`;
  if (mimeType.startsWith('audio/ogg')) return new File([blob], name, { type: 'audio/ogg' });
  const ogg = webmToOgg(new Uint8Array(await blob.arrayBuffer()));
  return new File([ogg as BlobPart], name, { type: 'audio/ogg' });
}

/**
 * Records from the microphone: `start` asks for it, `finish` resolves with the voice-note file, `cancel`
 * throws the recording away. The microphone is released in every case (the browser's red dot goes away).
 */
export function useVoiceRecorder() {
  const [state, setState] = useState<RecorderState>('idle');
  const [seconds, setSeconds] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const release = useCallback(() => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    recorder.current?.stream.getTracks().forEach((track) => track.stop());
    recorder.current = null;
    setState('idle');
    setSeconds(0);
  }, []);

  const start = useCallback(async () => {
    setState('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const mimeType = PREFERRED.find((type) => MediaRecorder.isTypeSupported(type));
      const rec = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
      chunks.current = [];
      rec.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.current.push(event.data);
      };
      recorder.current = rec;
      rec.start(1000);
      const began = Date.now();
      timer.current = setInterval(() => setSeconds(Math.floor((Date.now() - began) / 1000)), 250);
      setState('recording');
    } catch (error) {
      release();
      throw error;
    }
  }, [release]);

  const finish = useCallback(async (): Promise<File> => {
    const rec = recorder.current;
    if (!rec) throw new Error('Not recording');
    const stopped = new Promise<void>((resolve) => {
      rec.onstop = () => resolve();
    });
    rec.stop();
    await stopped;
    const mimeType = rec.mimeType || chunks.current[0]?.type || 'audio/webm';
    const blob = new Blob(chunks.current, { type: mimeType });
    release();
    return toVoiceFile(blob, mimeType);
  }, [release]);

  const cancel = useCallback(() => {
    const rec = recorder.current;
    if (rec && rec.state !== 'inactive') {
      rec.onstop = null;
      rec.stop();
    }
    chunks.current = [];
    release();
  }, [release]);

  // Leaving the ticket mid-recording must not keep the microphone open.
  useEffect(() => () => cancel(), [cancel]);

  return { state, seconds, start, finish, cancel };
}
