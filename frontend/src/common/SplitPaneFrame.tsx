import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/**
 * The frame of a page that is a list beside a conversation (the inbox, the internal chat): it fills the screen
 * under the top bar and names the page to screen readers with a heading nobody needs to see.
 */
export function SplitPaneFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper
      variant="outlined"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        height: { xs: 'calc(100dvh - 96px)', sm: 'calc(100dvh - 112px)' },
        overflow: 'hidden',
        m: { xs: -1, sm: 0 },
      }}
    >
      <Typography variant="h1" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
