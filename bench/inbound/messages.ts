// Synthetic inbound traffic shaped like what Baileys hands to the pipeline after decryption: one text per
// WAMessage, from M chats spread over K connections. Chats send in rounds (each round, every chat sends one
// message, chats in a seeded random order), so consecutive messages of one chat can be in flight together,
// which is what happens when a customer types "Oi" / "tudo bem?" / "quero um orçamento" in a row.
import type { WAMessage } from '@whiskeysockets/baileys';
import { seeded } from '../lib/stats.js';

export interface PlannedMessage {
  whatsappId: number;
  /** Chat key (connection + number), for the per-chat order check. */
  chat: string;
  /** The round: the n-th message of its chat, also written in the body ("m <round>"). */
  round: number;
  message: WAMessage;
}

export interface Plan {
  count: number;
  chats: number;
  whatsappIds: number[];
  /** Distinct per phase, so each phase also creates contacts and tickets. */
  numberBase: number;
  /** Distinct per phase, so message ids never collide across phases. */
  idPrefix: string;
  seed: number;
}

export function planMessages(plan: Plan): PlannedMessage[] {
  const random = seeded(plan.seed);
  const order = Array.from({ length: plan.chats }, (_, c) => c);
  const out: PlannedMessage[] = [];
  const timestamp = Math.floor(Date.now() / 1000);
  for (let round = 0; out.length < plan.count; round++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const c of order) {
      if (out.length >= plan.count) break;
      const number = `5511${String(plan.numberBase + c).padStart(9, '0')}`;
      const whatsappId = plan.whatsappIds[c % plan.whatsappIds.length]!;
      const id = `3EB0${plan.idPrefix}${out.length.toString(16).toUpperCase().padStart(12, '0')}`;
      out.push({
        whatsappId,
        chat: `${whatsappId}:${number}`,
        round,
        message: {
          key: { id, remoteJid: `${number}@s.whatsapp.net`, fromMe: false },
          message: { conversation: `m ${round}` },
          pushName: `Cliente ${c}`,
          messageTimestamp: timestamp,
        },
      });
    }
  }
  return out;
}
