import type { ContactRecord, CustomField } from '../db/contacts.js';
import type { TagRef } from './tag.js';

export interface ContactView {
  id: number;
  name: string;
  number: string;
  email: string | null;
  isGroup: boolean;
  profilePicUrl: string | null;
  extraInfo: CustomField[];
  tags: TagRef[];
  createdAt: string;
  updatedAt: string;
}

function customFieldsOf(extraInfo: unknown): CustomField[] {
  // Rows written before migration 0008 held an object; the column is a list since, but stay defensive.
  if (!Array.isArray(extraInfo)) return [];
  return extraInfo.filter(
    (f): f is CustomField => typeof f === 'object' && f !== null && typeof f.name === 'string' && typeof f.value === 'string',
  );
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
    createdAt: new Date(contact.createdAt).toISOString(),
    updatedAt: new Date(contact.updatedAt).toISOString(),
  };
}
