import type { SessionControl } from '../context.js';
import { pairedWhatsappIds } from '../db/baileysAuth.js';
import { resetUnpairedConnections } from '../db/whatsapps.js';
import { logger } from '../lib/logger.js';
import { WhatsappSession, type SessionOptions } from './WhatsappSession.js';

/** The sessions owned by this process, one per connection. */
export class WhatsappSessions implements SessionControl {
  private readonly sessions = new Map<number, WhatsappSession>();

  constructor(private readonly options: SessionOptions) {}

  get(whatsappId: number): WhatsappSession | undefined {
    return this.sessions.get(whatsappId);
  }

  /** Starts the connection, or restarts it when it is already running. */
  async start(whatsappId: number): Promise<void> {
    await this.sessions.get(whatsappId)?.stop();
    const session = new WhatsappSession(whatsappId, this.options);
    this.sessions.set(whatsappId, session);
    await session.start();
  }

  async logout(whatsappId: number): Promise<void> {
    const session = this.sessions.get(whatsappId) ?? new WhatsappSession(whatsappId, this.options);
    this.sessions.delete(whatsappId);
    await session.logout();
  }

  /**
   * At boot: every connection that was paired (stored creds with an identity) comes back without a QR;
   * the ones caught half-way (showing a QR, opening) are reset, since nobody is looking at that QR now.
   */
  async restoreAll(): Promise<void> {
    const pairedIds = await pairedWhatsappIds();
    await resetUnpairedConnections(pairedIds);
    for (const whatsappId of pairedIds) {
      await this.start(whatsappId).catch((err: unknown) => logger.error('restoring a WhatsApp session failed', { whatsappId, err: String(err) }));
    }
  }

  /** Graceful shutdown: close every socket without logging out. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.stop()));
    this.sessions.clear();
  }
}
