import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentContactList } from '../../presenters/contactList.js';
import { addContactListMembers } from '../../services/contactLists/addContactListMembers.js';
import { createContactList } from '../../services/contactLists/createContactList.js';
import { deleteContactList } from '../../services/contactLists/deleteContactList.js';
import { findContactListInCompany } from '../../services/contactLists/findContactListInCompany.js';
import { listContactLists } from '../../services/contactLists/listContactLists.js';
import { removeContactListMembers } from '../../services/contactLists/removeContactListMembers.js';
import { updateContactList } from '../../services/contactLists/updateContactList.js';
import { addMembersBody, contactListBody, removeMembersBody } from './schema.js';

// Contact lists are campaign audiences: admins and supervisors only, like the campaigns (attendants: 403).
// Their members are read with GET /api/contacts?contactListId=N (the contacts list, paged and searchable).
export const contactListsRouter = Router();
contactListsRouter.use(authenticate, requireProfile('admin', 'supervisor'));

contactListsRouter.get('/', async (req, res) => {
  const rows = await listContactLists({ companyId: actorOf(req).companyId });
  res.json({ contactLists: rows.map(presentContactList) } satisfies Answer<'GET /api/contact-lists'>);
});

contactListsRouter.post('/', async (req, res) => {
  const { name } = parse(contactListBody, req.body);
  const row = await createContactList({ companyId: actorOf(req).companyId, name });
  res.status(201).json({ contactList: presentContactList(row) } satisfies Answer<'POST /api/contact-lists'>);
});

contactListsRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ contactList: presentContactList(await findContactListInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/contact-lists/:id'>);
});

contactListsRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { name } = parse(contactListBody, req.body);
  const row = await updateContactList({ companyId: actorOf(req).companyId, id, name });
  res.json({ contactList: presentContactList(row) } satisfies Answer<'PUT /api/contact-lists/:id'>);
});

/** Answers the list as it was; its contacts stay. */
contactListsRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const row = await deleteContactList({ companyId: actorOf(req).companyId, id });
  res.json({ contactList: presentContactList(row) } satisfies Answer<'DELETE /api/contact-lists/:id'>);
});

contactListsRouter.post('/:id/contacts', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const body = parse(addMembersBody, req.body);
  const { contactList, added } = await addContactListMembers({ companyId: actorOf(req).companyId, id, ...body });
  res.json({ contactList: presentContactList(contactList), added } satisfies Answer<'POST /api/contact-lists/:id/contacts'>);
});

/** DELETE with a body ({contactIds}): what the contacts screen's selection sends. */
contactListsRouter.delete('/:id/contacts', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { contactIds } = parse(removeMembersBody, req.body);
  const { contactList, removed } = await removeContactListMembers({ companyId: actorOf(req).companyId, id, contactIds });
  res.json({ contactList: presentContactList(contactList), removed } satisfies Answer<'DELETE /api/contact-lists/:id/contacts'>);
});
