import EditOutlined from '@mui/icons-material/EditOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { useFeedback } from '../common/FeedbackContext';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { errorMessage } from '../i18n/errorMessage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { crmApi, tasksKey, type TaskView } from './crmApi';
import { TaskFormDialog } from './TaskFormDialog';

type Group = 'overdue' | 'today' | 'upcoming' | 'done';

/** Which list a task is in: the server says overdue; today is the reader's calendar day. */
function groupOf(task: TaskView, now: Date): Group {
  if (task.done) return 'done';
  if (task.overdue || new Date(task.dueAt) < now) return 'overdue';
  const due = new Date(task.dueAt);
  return due.toDateString() === now.toDateString() ? 'today' : 'upcoming';
}

type Scope = 'mine' | 'all';

/**
 * "Minhas tarefas": what is late, what is for today, what comes next; done with a tick, live as tasks change.
 * Supervisors and admins may also see everyone's (the server's "all": the company's; an attendant's "all"
 * would only add the tasks they gave others, so the choice is not offered to them).
 */
export function TasksPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { user } = useAuth();
  const seesAll = user !== null && user.profile !== 'user';
  const [chosenScope, setScope] = useState<Scope>('mine');
  const scope: Scope = seesAll ? chosenScope : 'mine';
  const [showDone, setShowDone] = useState(false);
  const status = showDone ? 'done' : 'open';
  const tasks = useQuery({ queryKey: [...tasksKey, scope, status], queryFn: ({ signal }) => crmApi.tasks({ scope, status }, signal) });
  const [editing, setEditing] = useState<TaskView | 'new' | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: tasksKey });
  useSocketEvent('task', refresh);
  useSocketEvent('taskReminder', refresh);
  const now = new Date();
  const groups: Group[] = showDone ? ['done'] : ['overdue', 'today', 'upcoming'];
  const list = [...(tasks.data ?? [])].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <Stack spacing={3} sx={{ maxWidth: 900, mx: 'auto' }}>
      <PageHeader title={t('crm.tasks.pageTitle')} subtitle={t('crm.tasks.subtitle')} newLabel={t('crm.tasks.new')} onNew={() => setEditing('new')} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        {seesAll ? (
          <ToggleButtonGroup
            exclusive
            size="small"
            value={scope}
            onChange={(_, next: Scope | null) => next && setScope(next)}
            aria-label={t('crm.tasks.scope')}
          >
            <ToggleButton value="mine">{t('crm.tasks.scopeMine')}</ToggleButton>
            <ToggleButton value="all">{t('crm.tasks.scopeAll')}</ToggleButton>
          </ToggleButtonGroup>
        ) : null}
        <FormControlLabel control={<Switch checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />} label={t('crm.tasks.showDone')} />
      </Stack>
      {tasks.isPending ? <ListLoading /> : null}
      {tasks.isError ? <ListError title={t('crm.tasks.loadFailed')} error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      {tasks.isSuccess && list.length === 0 ? <ListEmpty icon={<TaskAltOutlined sx={{ fontSize: 48 }} />} text={t('crm.tasks.empty')} /> : null}
      {tasks.isSuccess && list.length > 0
        ? groups.map((group) => {
            const items = list.filter((task) => groupOf(task, now) === group);
            return items.length ? <TaskGroup key={group} group={group} tasks={items} onEdit={setEditing} showAssignee={scope === 'all'} /> : null;
          })
        : null}
      {editing ? <TaskFormDialog open task={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function TaskGroup({ group, tasks, onEdit, showAssignee }: { group: Group; tasks: TaskView[]; onEdit(task: TaskView): void; showAssignee: boolean }) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [busy, setBusy] = useState<number | null>(null);
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const toggle = async (task: TaskView) => {
    setBusy(task.id);
    try {
      await crmApi.updateTask(task.id, { done: !task.done });
      await client.invalidateQueries({ queryKey: tasksKey });
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper variant="outlined" component="section" aria-label={t(`crm.tasks.${group}`)}>
      <Typography variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5, fontWeight: 600, color: group === 'overdue' ? 'error.main' : 'text.primary' }}>
        {t(`crm.tasks.${group}`)} ({tasks.length})
      </Typography>
      <List>
        {tasks.map((task) => (
          <ListItem
            key={task.id}
            secondaryAction={
              <IconButton edge="end" aria-label={t('crm.tasks.editOf', { title: task.title })} onClick={() => onEdit(task)}>
                <EditOutlined />
              </IconButton>
            }
          >
            <ListItemIcon>
              <Checkbox
                edge="start"
                checked={task.done}
                disabled={busy === task.id}
                onChange={() => void toggle(task)}
                slotProps={{ input: { 'aria-label': t(task.done ? 'crm.tasks.markUndone' : 'crm.tasks.markDone', { title: task.title }) } }}
              />
            </ListItemIcon>
            <ListItemText
              primary={task.title}
              secondary={
                <>
                  <Typography component="span" variant="body2" color={group === 'overdue' ? 'error' : 'text.secondary'}>
                    {when(task.dueAt)}
                  </Typography>
                  {task.deal ? (
                    <>
                      {' · '}
                      <Link component={RouterLink} to={`/deals/${task.deal.id}`}>
                        {task.deal.title}
                      </Link>
                    </>
                  ) : null}
                  {task.contact ? ` · ${task.contact.name}` : null}
                  {showAssignee ? ` · ${task.assignee?.name ?? t('crm.noOwner')}` : null}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
