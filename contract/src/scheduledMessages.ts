/** pending: editable and cancellable; sending: written to the chat, waiting for WhatsApp; sent: WhatsApp took it. */
export type ScheduledMessageStatus = 'pending' | 'sending' | 'sent' | 'cancelled' | 'failed';

/** A text to one contact at a given time (issue 14). Its {{variables}} are filled in when it is sent. */
export interface ScheduledMessageView {
  id: number;
  contact: { id: number; name: string; number: string };
  whatsapp: { id: number; name: string } | null;
  /** Who scheduled it (null once that user was deleted). */
  user: { id: number; name: string } | null;
  body: string;
  sendAt: string;
  status: ScheduledMessageStatus;
  /** The message written to the chat at its time, and its ticket. */
  messageId: number | null;
  ticketId: number | null;
  /** Why it failed: an ERR_* code. */
  error: string | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}
