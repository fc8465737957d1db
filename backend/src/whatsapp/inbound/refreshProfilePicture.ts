import type { WASocket } from '@whiskeysockets/baileys';
import { claimProfilePictureLookup, setProfilePicture } from '../../db/inbound/contact.js';
import { logger } from '../../lib/logger.js';

const ASK_TIMEOUT_MS = 10_000;
const DAY_MS = 86_400_000;
const REMEMBERED = 10_000;

// Contacts this process already looked at today: most messages skip even the claim query. Bounded (oldest
// forgotten first); the database claim stays the real guard across processes and restarts.
const checked = new Map<number, number>();

function recentlyChecked(contactId: number): boolean {
  const at = checked.get(contactId);
  if (at !== undefined && Date.now() - at < DAY_MS) return true;
  checked.delete(contactId);
  checked.set(contactId, Date.now());
  if (checked.size > REMEMBERED) checked.delete(checked.keys().next().value!);
  return false;
}

/**
 * Fetches a contact's profile picture URL at most once a day. The claim is one UPDATE (fetched-at moved
 * first), so concurrent messages, processes or a failing lookup never ask WhatsApp twice in a day. Runs
 * off the message path: nothing waits for it.
 */
export async function refreshProfilePicture(sock: WASocket | undefined, contactId: number, number: string): Promise<void> {
  if (!sock || recentlyChecked(contactId)) return;
  if (!(await claimProfilePictureLookup(contactId))) return;
  // No picture, privacy settings, or no answer at all: all mean "none today".
  const url = await sock.profilePictureUrl(`${number}@s.whatsapp.net`, 'image', ASK_TIMEOUT_MS).catch((err: unknown) => {
    logger.debug('profile picture not available', { contactId, err: String(err) });
    return undefined;
  });
  await setProfilePicture(contactId, url ?? null);
}
