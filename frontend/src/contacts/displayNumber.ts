import { initials } from '../common/initials';
import type { Contact } from './contactTypes';

/** Brazilian numbers written the way people read them (as the CSV export does); groups keep their id. */
export function displayNumber(contact: Pick<Contact, 'number'> & Partial<Pick<Contact, 'isGroup'>>): string {
  if (contact.isGroup) return contact.number;
  const br = /^55(\d{2})(\d{4,5})(\d{4})$/.exec(contact.number);
  return br ? `+55 ${br[1]} ${br[2]}-${br[3]}` : `+${contact.number}`;
}

/**
 * How a contact is named on screen. A contact nobody named yet carries its number as its name (the server's
 * placeholder until WhatsApp gives a push name, e.g. one started from a typed number): shown the way people read it.
 */
export function contactLabel(contact: Pick<Contact, 'name' | 'number'> & Partial<Pick<Contact, 'isGroup'>>): string {
  return contact.name === contact.number ? displayNumber(contact) : contact.name;
}

/** An avatar's letters: none for a contact nobody named yet (the avatar's own person icon, not the number's "5"). */
export function contactInitials(contact: Pick<Contact, 'name' | 'number'>): string | undefined {
  return contact.name === contact.number ? undefined : initials(contact.name);
}
