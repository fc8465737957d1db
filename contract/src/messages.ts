/** Whether an inbound file is on the server yet: it starts `pending`, then `ready` or `failed` (retry). */
export type MediaStatus = 'pending' | 'ready' | 'failed';

export interface LocationContent {
  latitude: number;
  longitude: number;
  name: string | null;
  address: string | null;
  live: boolean;
}

/** One shared contact card as Atende keeps it: the name and the phone numbers, nothing else of the vCard. */
export interface ContactCard {
  name: string;
  numbers: string[];
}

/** A customer's call nobody answered (Atende cannot take calls): the chat shows "Chamada de voz/vídeo perdida". */
export interface CallContent {
  video: boolean;
}

/** Structured content of a location, contact-card or call message. */
export type StructuredContent = { location: LocationContent } | { contacts: ContactCard[] } | { call: CallContent };

export interface Reaction {
  /** Who reacted (a WhatsApp id); one reaction per sender. */
  sender: string;
  emoji: string;
}

export interface MessageView {
  id: number;
  ticketId: number;
  contactId: number | null;
  wid: string;
  fromMe: boolean;
  /** Empty for a message deleted for everyone: the text is not shown again. */
  body: string;
  /** 'text', a media kind ('image', 'video', 'audio', 'voice', 'document', 'sticker'), 'location' or 'contact'. */
  mediaType: string;
  /** True only once the file is on the server (inbound media starts `pending`, without it). */
  hasMedia: boolean;
  /** Where the file is served (to users who may see the ticket), when the message has one. */
  mediaUrl: string | null;
  mediaStatus: MediaStatus | null;
  mimetype: string | null;
  fileName: string | null;
  mediaSize: number | null;
  /** A location or contact cards; null for plain text and files (and once deleted). */
  content: StructuredContent | null;
  reactions: Reaction[];
  /** 0 queued, 1 sent, 2 server, 3 delivered, 4 read (5 played, for voice notes). */
  ack: number;
  quotedMsgId: number | null;
  isDeleted: boolean;
  /** Sent by Atende itself (greeting, menu, out-of-hours notice, farewell), not typed by an attendant. */
  automatic: boolean;
  /** Written by the AI agent (the chat shows its badge); never an attendant's. */
  fromAi: boolean;
  /** The attendant who typed it (issue 17); null for the contact's, the AI's and Atende's automatic texts. */
  userId: number | null;
  /** That attendant's name (the chat shows it on outgoing bubbles to supervisors and admins); null without one. */
  userName: string | null;
  /**
   * The name the message was signed with: WhatsApp got "*Ana:*" and a line break before `body`, which stays
   * as typed (the company's `attendantSignature` and the user's `signMessages` decide when it is written). null: unsigned.
   */
  signature: string | null;
  /** A voice note's or audio's transcript (the AI agent's transcription, issue 13); null until there is one, and once deleted. */
  transcript: string | null;
  editedAt: string | null;
  sentAt: string;
}

export interface MessagesPage {
  messages: MessageView[];
  nextCursor: string | null;
}

/** One message found by a search inside a conversation (issue 17): enough to list it and jump to it. */
export interface MessageSearchHit {
  id: number;
  fromMe: boolean;
  body: string;
  sentAt: string;
}
