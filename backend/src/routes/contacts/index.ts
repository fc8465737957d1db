import type { Answer } from '@atende/contract';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentContact } from '../../presenters/contact.js';
import { listContacts } from '../../services/contacts/listContacts.js';
import { createContact } from '../../services/contacts/createContact.js';
import { updateContact } from '../../services/contacts/updateContact.js';
import { deleteContact } from '../../services/contacts/deleteContact.js';
import { setContactTags } from '../../services/contacts/setContactTags.js';
import { setContactBlocked } from '../../services/contacts/setContactBlocked.js';
import { importContacts } from '../../services/contacts/importContacts.js';
import { exportContacts } from '../../services/contacts/exportContacts.js';
import { findContactInCompany } from '../../services/contacts/findContactInCompany.js';
import { importedFile, readImportFile } from './importFile.js';
import { contactBlockBody, contactTagsBody, createContactBody, importQuery, listContactsQuery, noQuery, updateContactBody } from './schema.js';

// Every user of the company reads and edits contacts (attendants fix a name or an e-mail while they
// attend); deleting, importing and exporting the whole address book is for admins and supervisors.
export const contactsRouter = Router();
contactsRouter.use(authenticate);
const managers = requireProfile('admin', 'supervisor');

contactsRouter.get('/', async (req, res) => {
  const query = parse(listContactsQuery, req.query);
  const page = await listContacts({ companyId: actorOf(req).companyId, ...query });
  res.json({ contacts: page.contacts.map(presentContact), nextCursor: page.nextCursor } satisfies Answer<'GET /api/contacts'>);
});

contactsRouter.post('/', async (req, res) => {
  const body = parse(createContactBody, req.body);
  const contact = await createContact({ companyId: actorOf(req).companyId, ...body });
  res.status(201).json({ contact: presentContact(contact) } satisfies Answer<'POST /api/contacts'>);
});

contactsRouter.post('/import', managers, readImportFile, async (req, res) => {
  const { dryRun, contactListId } = parse(importQuery, req.query);
  const report = await importContacts({ companyId: actorOf(req).companyId, file: importedFile(req), dryRun: dryRun === 'true', contactListId });
  res.status(report.dryRun ? 200 : 201).json(report satisfies Answer<'POST /api/contacts/import'>);
});

contactsRouter.get('/export', managers, async (req, res) => {
  parse(noQuery, req.query);
  const day = new Date().toISOString().slice(0, 10);
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="contatos-${day}.csv"`);
  // A failure mid-file cuts the download (the error handler logs it) rather than ending a partial file cleanly.
  await pipeline(Readable.from(exportContacts({ companyId: actorOf(req).companyId })), res);
});

contactsRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ contact: presentContact(await findContactInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/contacts/:id'>);
});

contactsRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateContactBody, req.body);
  const contact = await updateContact({ companyId: actorOf(req).companyId, contactId: id, changes });
  res.json({ contact: presentContact(contact) } satisfies Answer<'PUT /api/contacts/:id'>);
});

// Everyone blocks (spam from the chat); unblocking is for admins and supervisors (services/contacts/setContactBlocked.ts).
contactsRouter.put('/:id/block', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { blocked } = parse(contactBlockBody, req.body);
  const contact = await setContactBlocked({ actor: actorOf(req).user, contactId: id, blocked });
  res.json({ contact: presentContact(contact) } satisfies Answer<'PUT /api/contacts/:id/block'>);
});

contactsRouter.put('/:id/tags', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { tagIds } = parse(contactTagsBody, req.body);
  const contact = await setContactTags({ companyId: actorOf(req).companyId, contactId: id, tagIds });
  res.json({ contact: presentContact(contact) } satisfies Answer<'PUT /api/contacts/:id/tags'>);
});

contactsRouter.delete('/:id', managers, async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteContact({ companyId: actorOf(req).companyId, contactId: id });
  res.status(204).end();
});
