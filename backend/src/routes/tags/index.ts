import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentTag } from '../../presenters/tag.js';
import { listTags } from '../../services/tags/listTags.js';
import { createTag } from '../../services/tags/createTag.js';
import { updateTag } from '../../services/tags/updateTag.js';
import { deleteTag } from '../../services/tags/deleteTag.js';
import { findTagInCompany } from '../../services/tags/findTagInCompany.js';
import { createTagBody, listTagsQuery, updateTagBody } from './schema.js';

// Everyone reads tags (attendants tag contacts and tickets); admins and supervisors shape the list.
export const tagsRouter = Router();
tagsRouter.use(authenticate);

tagsRouter.get('/', async (req, res) => {
  const { search } = parse(listTagsQuery, req.query);
  const tags = await listTags({ companyId: actorOf(req).companyId, search });
  res.json({ tags: tags.map(presentTag) } satisfies Answer<'GET /api/tags'>);
});

tagsRouter.post('/', requireProfile('admin', 'supervisor'), async (req, res) => {
  const body = parse(createTagBody, req.body);
  res.status(201).json({ tag: presentTag(await createTag({ companyId: actorOf(req).companyId, ...body })) } satisfies Answer<'POST /api/tags'>);
});

tagsRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ tag: presentTag(await findTagInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/tags/:id'>);
});

tagsRouter.put('/:id', requireProfile('admin', 'supervisor'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateTagBody, req.body);
  res.json({ tag: presentTag(await updateTag({ companyId: actorOf(req).companyId, tagId: id, changes })) } satisfies Answer<'PUT /api/tags/:id'>);
});

tagsRouter.delete('/:id', requireProfile('admin', 'supervisor'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteTag({ companyId: actorOf(req).companyId, tagId: id });
  res.status(204).end();
});
