export type WhatsappStatus = 'OPENING' | 'qrcode' | 'CONNECTED' | 'DISCONNECTED' | 'TIMEOUT';

/** A WhatsApp connection (the UI says "connection"). */
export interface WhatsappView {
  id: number;
  companyId: number;
  name: string;
  status: WhatsappStatus;
  /** The raw QR payload while waiting for a scan (the UI renders it); null otherwise. */
  qrcode: string | null;
  /** Failed reconnect attempts in a row while OPENING after a drop (QR codes shown while pairing). */
  retries: number;
  /** While a dropped connection retries: when the next attempt comes (ISO); null otherwise. */
  nextAttemptAt: string | null;
  number: string | null;
  isDefault: boolean;
  greetingMessage: string | null;
  farewellMessage: string | null;
  /** The AI agent that answers new tickets of this connection (a queue's own agent wins); null: none. */
  aiAgentId: number | null;
  /** The queues the connection serves, ascending: in HTTP answers; socket status updates leave it out. */
  queueIds?: number[];
  createdAt: string;
  updatedAt: string;
}

/** The QR as an image data URL, for screens that cannot render the raw payload themselves. */
export interface QrCodeView {
  status: WhatsappStatus;
  qrcode: string | null;
}
