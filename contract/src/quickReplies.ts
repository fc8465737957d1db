export interface QuickReplyView {
  id: number;
  companyId: number;
  /** null: company-wide; otherwise only for that queue's tickets. */
  queueId: number | null;
  shortcut: string;
  message: string;
  createdAt: string;
  updatedAt: string;
}
