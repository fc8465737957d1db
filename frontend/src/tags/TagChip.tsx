import Chip from '@mui/material/Chip';
import { useTheme } from '@mui/material/styles';
import { HEX_COLOR } from '../queues/ColorField';

/** A tag as people see it everywhere: its name on its color, with readable text on light and dark colors. */
export function TagChip({ name, color, size = 'small' }: { name: string; color: string; size?: 'small' | 'medium' }) {
  const theme = useTheme();
  const background = HEX_COLOR.test(color) ? color : theme.palette.grey[500];
  return <Chip size={size} label={name} sx={{ bgcolor: background, color: theme.palette.getContrastText(background), fontWeight: 600 }} />;
}
