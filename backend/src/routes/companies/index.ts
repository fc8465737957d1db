import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireSuper } from '../../middleware/authenticate.js';
import { presentCompany } from '../../presenters/company.js';
import { presentUser } from '../../presenters/user.js';
import { createCompany } from '../../services/companies/createCompany.js';
import { updateCompany } from '../../services/companies/updateCompany.js';
import { deleteCompany } from '../../services/companies/deleteCompany.js';
import { findCompany } from '../../services/companies/findCompany.js';
import { listCompanies } from '../../services/companies/listCompanies.js';
import { createCompanyBody, updateCompanyBody } from './schema.js';

// The platform operator's area: every route here is for super admins only.
export const companiesRouter = Router();
companiesRouter.use(authenticate, requireSuper);

companiesRouter.get('/', async (_req, res) => {
  const companies = await listCompanies();
  res.json({ companies: companies.map(presentCompany) } satisfies Answer<'GET /api/companies'>);
});

companiesRouter.post('/', async (req, res) => {
  const body = parse(createCompanyBody, req.body);
  const { company, admin } = await createCompany(body);
  res.status(201).json({ company: presentCompany(company), admin: presentUser(admin) } satisfies Answer<'POST /api/companies'>);
});

companiesRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ company: presentCompany(await findCompany(id)) } satisfies Answer<'GET /api/companies/:id'>);
});

companiesRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateCompanyBody, req.body);
  const company = await updateCompany({ actor: actorOf(req).user, companyId: id, changes });
  res.json({ company: presentCompany(company) } satisfies Answer<'PUT /api/companies/:id'>);
});

companiesRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteCompany({ actor: actorOf(req).user, companyId: id });
  res.status(204).end();
});
