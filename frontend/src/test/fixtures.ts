import type { User } from '../api/types';
import type { Connection } from '../connections/connectionsApi';

let nextId = 100;

export function makeUser(overrides: Partial<User> = {}): User {
  nextId += 1;
  return {
    id: nextId,
    companyId: 1,
    name: `User ${nextId}`,
    email: `user${nextId}@example.com`,
    profile: 'user',
    super: false,
    active: true,
    language: null,
    maxOpenTickets: null,
    signMessages: true,
    pausedAt: null,
    pauseReason: null,
    lastLoginAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

let nextConnectionId = 700;

/** A connection as the API answers it (without `queueIds`, as socket status updates send it). */
export function makeConnection(overrides: Partial<Connection> = {}): Connection {
  nextConnectionId += 1;
  return {
    id: nextConnectionId,
    companyId: 1,
    name: `Conexão ${nextConnectionId}`,
    status: 'DISCONNECTED',
    qrcode: null,
    retries: 0,
    nextAttemptAt: null,
    number: null,
    isDefault: false,
    greetingMessage: null,
    farewellMessage: null,
    aiAgentId: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
