export interface QuickReplyView {
  id: number;
  companyId: number;
  /** null: company-wide; otherwise only for that queue's tickets. */
  queueId: number | null;
  shortcut: string;
  message: string;
  /** The file sent with the text as its caption (GET /api/quick-replies/:id/media); null: text only. */
  media: QuickReplyMedia | null;
  createdAt: string;
  updatedAt: string;
}

export interface QuickReplyMedia {
  mediaType: 'image' | 'video' | 'audio' | 'voice' | 'document';
  fileName: string;
  mimetype: string;
  size: number;
}
