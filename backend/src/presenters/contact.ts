import type { ContactRef, ContactView, CustomField } from '@atende/contract';
import type { ContactRecord } from '../db/contacts.js';
import { leadBucketOf } from '../services/contacts/leadBuckets.js';

// Stored in order in the extraInfo JSONB list; services name it from here.
export type { CustomField } from '@atende/contract';

function customFieldsOf(extraInfo: unknown): CustomField[] {
  // Rows written before migration 0008 held an object; the column is a list since, but stay defensive.
  if (!Array.isArray(extraInfo)) return [];
  return extraInfo.filter((f): f is CustomField => typeof f === 'object' && f !== null && typeof f.name === 'string' && typeof f.value === 'string');
}

export function presentContact(contact: ContactRecord): ContactView {
  return {
    id: contact.id,
    name: contact.name,
    number: contact.number,
    email: contact.email ?? null,
    isGroup: contact.isGroup,
    profilePicUrl: contact.profilePicUrl ?? null,
    extraInfo: customFieldsOf(contact.extraInfo),
    tags: contact.tags,
    leadScore: contact.leadScore ?? null,
    leadBucket: leadBucketOf(contact.leadScore ?? null),
    optedOutAt: contact.optedOutAt ? new Date(contact.optedOutAt).toISOString() : null,
    blockedAt: contact.blockedAt ? new Date(contact.blockedAt).toISOString() : null,
    blockedMessages: contact.blockedMessages ?? 0,
    lastBlockedAt: contact.lastBlockedAt ? new Date(contact.lastBlockedAt).toISOString() : null,
    createdAt: new Date(contact.createdAt).toISOString(),
    updatedAt: new Date(contact.updatedAt).toISOString(),
  };
}

/** The short form message events carry: only these fields, whatever else the row holds. */
export function presentContactRef(contact: ContactRef): ContactRef {
  return { id: contact.id, name: contact.name, number: contact.number };
}
