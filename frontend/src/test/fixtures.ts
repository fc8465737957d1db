import type { User } from '../api/types';

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
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}
