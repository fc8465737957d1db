import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createCompanyBody, updateCompanyBody } from '../../routes/companies/schema.js';

export const companiesOperations: Operation[] = [
  { method: 'GET', path: '/api/companies', summary: 'List companies', access: 'super', errors: [] },
  {
    method: 'POST',
    path: '/api/companies',
    summary: 'Create a company',
    access: 'super',
    body: createCompanyBody,
    answers: { status: 201 },
    errors: ['ERR_EMAIL_IN_USE'],
  },
  { method: 'GET', path: '/api/companies/:id', summary: 'Get a company', access: 'super', params: idParams, errors: ['ERR_COMPANY_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/companies/:id',
    summary: 'Update a company',
    access: 'super',
    params: idParams,
    body: updateCompanyBody,
    errors: ['ERR_CANNOT_CHANGE_SELF', 'ERR_COMPANY_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/companies/:id',
    summary: 'Delete a company',
    access: 'super',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_CANNOT_DELETE_OWN_COMPANY', 'ERR_COMPANY_NOT_FOUND'],
  },
];
