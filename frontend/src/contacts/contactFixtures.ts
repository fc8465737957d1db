// Test data for the contacts screen's component tests.
import type { Contact, TagRef } from './contactTypes';

let nextId = 900;

export const vipTag: TagRef = { id: 7, name: 'VIP', color: '#7b1fa2' };
export const leadTag: TagRef = { id: 8, name: 'Lead', color: '#f9a825' };

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  nextId += 1;
  return {
    id: nextId,
    name: `Contato ${nextId}`,
    number: `5511987650${nextId}`,
    email: null,
    isGroup: false,
    profilePicUrl: null,
    extraInfo: [],
    tags: [],
    leadScore: null,
    leadBucket: null,
    optedOutAt: null,
    blockedAt: null,
    blockedMessages: 0,
    lastBlockedAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
