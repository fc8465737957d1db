import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentTask } from '../../presenters/task.js';
import { createTask } from '../../services/tasks/createTask.js';
import { deleteTask } from '../../services/tasks/deleteTask.js';
import { findTask } from '../../services/tasks/findTask.js';
import { listTasks } from '../../services/tasks/listTasks.js';
import { updateTask } from '../../services/tasks/updateTask.js';
import { createTaskBody, listTasksQuery, updateTaskBody } from './schema.js';

// Tasks: attendants see and edit those assigned to them or created by them; supervisors and admins all
// (services/tasks/taskAccess.ts).
export const tasksRouter = Router();
tasksRouter.use(authenticate);

tasksRouter.get('/', async (req, res) => {
  const query = parse(listTasksQuery, req.query);
  const rows = await listTasks(actorOf(req).user, query);
  const now = Date.now();
  res.json({ tasks: rows.map((r) => presentTask(r, now)) } satisfies Answer<'GET /api/tasks'>);
});

tasksRouter.post('/', async (req, res) => {
  const body = parse(createTaskBody, req.body);
  const task = await createTask(actorOf(req).user, body);
  res.status(201).json({ task: presentTask(task) } satisfies Answer<'POST /api/tasks'>);
});

tasksRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ task: presentTask(await findTask(actorOf(req).user, id)) } satisfies Answer<'GET /api/tasks/:id'>);
});

tasksRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateTaskBody, req.body);
  const task = await updateTask(actorOf(req).user, id, changes);
  res.json({ task: presentTask(task) } satisfies Answer<'PUT /api/tasks/:id'>);
});

tasksRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const task = await deleteTask(actorOf(req).user, id);
  res.json({ task: presentTask(task) } satisfies Answer<'DELETE /api/tasks/:id'>);
});
