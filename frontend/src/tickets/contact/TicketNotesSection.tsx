import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { canReadUsers } from '../../auth/permissions';
import { useFeedback } from '../../common/FeedbackContext';
import { errorMessage } from '../../i18n/errorMessage';
import { formatActivity } from '../ticketTime';
import { contactDrawerApi, notesKey, useTicketNotes, type TicketNote } from './contactDrawerApi';

const NOTE_MAX = 4000;

/** Internal notes of the ticket, oldest first; the author (or a supervisor) may delete one. */
export function TicketNotesSection({ ticketId }: { ticketId: number }) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const { user: me } = useAuth();
  const client = useQueryClient();
  const notes = useTicketNotes(ticketId, true);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState<'add' | number | null>(null);

  const setNotes = (change: (list: TicketNote[]) => TicketNote[]) => client.setQueryData<TicketNote[]>(notesKey(ticketId), (list) => change(list ?? []));
  const add = async () => {
    const body = draft.trim();
    if (!body) return;
    setBusy('add');
    try {
      const note = await contactDrawerApi.addNote(ticketId, body);
      // The socket echoes the note too: keep one copy.
      setNotes((list) => [...list.filter((n) => n.id !== note.id), note]);
      setDraft('');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };
  const remove = async (note: TicketNote) => {
    setBusy(note.id);
    try {
      await contactDrawerApi.deleteNote(ticketId, note.id);
      setNotes((list) => list.filter((n) => n.id !== note.id));
      notify(t('inbox.contact.noteDeleted'), 'success');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(null);
    }
  };
  const mayDelete = (note: TicketNote) => note.userId === me?.id || canReadUsers(me);
  const author = (note: TicketNote) => {
    if (note.userId === me?.id) return t('inbox.contact.you');
    // Without an author it is Atende's own note: the AI agent's summary when it lets go of a conversation.
    if (note.userId === null && note.userName === null) return t('aiInbox.noteAuthor');
    return note.userName ?? t('inbox.contact.someone');
  };

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        {t('inbox.contact.notesHint')}
      </Typography>
      {notes.isError ? <Typography color="error">{errorMessage(t, notes.error)}</Typography> : null}
      {notes.data?.length === 0 ? <Typography color="text.secondary">{t('inbox.contact.noNotes')}</Typography> : null}
      <Stack component="ul" spacing={1} aria-label={t('inbox.contact.notes')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {(notes.data ?? []).map((note) => (
          <Paper
            component="li"
            key={note.id}
            variant="outlined"
            sx={{ p: 1.25, bgcolor: (theme) => alpha(theme.palette.warning.main, 0.1), borderColor: (theme) => alpha(theme.palette.warning.main, 0.5) }}
          >
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="caption" sx={{ fontWeight: 700, flex: 1 }}>
                {author(note)} · {formatActivity(note.createdAt, i18n.language)}
              </Typography>
              {mayDelete(note) ? (
                <IconButton
                  size="small"
                  aria-label={t('inbox.contact.deleteNote', { name: author(note) })}
                  disabled={busy === note.id}
                  onClick={() => void remove(note)}
                >
                  <DeleteOutlined fontSize="small" />
                </IconButton>
              ) : null}
            </Stack>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.body}
            </Typography>
          </Paper>
        ))}
      </Stack>
      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <TextField
          size="small"
          fullWidth
          multiline
          minRows={2}
          label={t('inbox.contact.newNote')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          slotProps={{ htmlInput: { maxLength: NOTE_MAX } }}
        />
        <Button type="submit" size="small" variant="outlined" loading={busy === 'add'} disabled={!draft.trim()} sx={{ mt: 1 }}>
          {t('inbox.contact.addNote')}
        </Button>
      </Box>
    </Stack>
  );
}
