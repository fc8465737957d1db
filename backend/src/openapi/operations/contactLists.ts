import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { addMembersBody, contactListBody, removeMembersBody } from '../../routes/contactLists/schema.js';

export const contactListsOperations: Operation[] = [
  { method: 'GET', path: '/api/contact-lists', summary: 'List contact lists', access: 'supervisor', errors: [] },
  {
    method: 'POST',
    path: '/api/contact-lists',
    summary: 'Create a contact list',
    access: 'supervisor',
    body: contactListBody,
    answers: { status: 201 },
    errors: ['ERR_CONTACT_LIST_NAME_IN_USE', 'ERR_CONTACT_LIST_NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/api/contact-lists/:id',
    summary: 'Get a contact list',
    access: 'supervisor',
    params: idParams,
    errors: ['ERR_CONTACT_LIST_NAME_IN_USE', 'ERR_CONTACT_LIST_NOT_FOUND'],
  },
  {
    method: 'PUT',
    path: '/api/contact-lists/:id',
    summary: 'Update a contact list',
    access: 'supervisor',
    params: idParams,
    body: contactListBody,
    errors: ['ERR_CONTACT_LIST_NAME_IN_USE', 'ERR_CONTACT_LIST_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/contact-lists/:id',
    summary: 'Delete a contact list',
    access: 'supervisor',
    params: idParams,
    errors: ['ERR_CONTACT_LIST_NAME_IN_USE', 'ERR_CONTACT_LIST_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/contact-lists/:id/contacts',
    summary: 'Add contacts to a list (ids, or every contact of tags)',
    access: 'supervisor',
    params: idParams,
    body: addMembersBody,
    errors: ['ERR_CONTACT_LIST_NAME_IN_USE', 'ERR_CONTACT_LIST_NOT_FOUND', 'ERR_CONTACT_NOT_FOUND', 'ERR_TAG_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/contact-lists/:id/contacts',
    summary: 'Remove contacts from a list',
    access: 'supervisor',
    params: idParams,
    body: removeMembersBody,
    errors: ['ERR_CONTACT_LIST_NAME_IN_USE', 'ERR_CONTACT_LIST_NOT_FOUND'],
  },
];
