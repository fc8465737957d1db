import type { Contact } from './contactTypes';

/** Brazilian numbers written the way people read them (as the CSV export does); groups keep their id. */
export function displayNumber(contact: Pick<Contact, 'number'> & Partial<Pick<Contact, 'isGroup'>>): string {
  if (contact.isGroup) return contact.number;
  const br = /^55(\d{2})(\d{4,5})(\d{4})$/.exec(contact.number);
  return br ? `+55 ${br[1]} ${br[2]}-${br[3]}` : `+${contact.number}`;
}
