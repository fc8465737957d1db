import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

// Key names are the same in every language; what they do is translated.
const SHORTCUTS = [
  { keys: ['Alt', '↑'], action: 'previous' },
  { keys: ['Alt', '↓'], action: 'next' },
  { keys: ['Alt', '1 / 2 / 3'], action: 'tabs' },
  { keys: ['Alt', 'A'], action: 'accept' },
  { keys: ['Ctrl', 'K'], action: 'search' },
  { keys: ['/'], action: 'search' },
  { keys: ['Esc'], action: 'back' },
  { keys: ['?'], action: 'help' },
] as const;

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t('inbox.shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby={titleId}>
          <TableBody>
            {SHORTCUTS.map(({ keys, action }) => (
              <TableRow key={keys.join('+')}>
                <TableCell sx={{ whiteSpace: 'nowrap', pl: 0 }}>
                  {keys.map((key, i) => (
                    <Box component="span" key={key}>
                      {i > 0 ? ' + ' : null}
                      <Box
                        component="kbd"
                        sx={{ px: 0.75, py: 0.25, border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: 'monospace', fontSize: 13 }}
                      >
                        {key}
                      </Box>
                    </Box>
                  ))}
                </TableCell>
                <TableCell sx={{ pr: 0 }}>{t(`inbox.shortcuts.${action}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
