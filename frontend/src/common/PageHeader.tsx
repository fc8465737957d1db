import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface PageHeaderProps {
  title: string;
  subtitle: string;
  /** The "new …" button; absent for read-only visitors. */
  newLabel?: string;
  onNew?(): void;
}

/** Title, subtitle and the create button, laid out like the users page (stacked on a phone). */
export function PageHeader({ title, subtitle, newLabel, onNew }: PageHeaderProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
      <Box>
        <Typography variant="h1">{title}</Typography>
        <Typography color="text.secondary">{subtitle}</Typography>
      </Box>
      {newLabel && onNew ? (
        // A long subtitle must not squeeze the button onto two lines ("Novo / token").
        <Button variant="contained" startIcon={<Add />} onClick={onNew} sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
          {newLabel}
        </Button>
      ) : null}
    </Stack>
  );
}
