import Box from '@mui/material/Box';

/** The small colored circle that marks a queue or a tag next to its name. */
export function ColorDot({ color }: { color: string }) {
  return <Box component="span" aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: color, flexShrink: 0, display: 'inline-block' }} />;
}
