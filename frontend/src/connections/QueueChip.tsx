import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTheme } from '@mui/material/styles';
import type { QueueOption } from './connectionQueuesQuery';

/** A queue shown in its own color, with text that stays readable on it. */
export function QueueChip({ queue, ...props }: { queue: QueueOption } & Omit<ChipProps, 'label' | 'color'>) {
  const theme = useTheme();
  return (
    <Chip
      size="small"
      {...props}
      label={queue.name}
      sx={{ bgcolor: queue.color, color: theme.palette.getContrastText(queue.color), '& .MuiChip-deleteIcon': { color: 'inherit' }, ...props.sx }}
    />
  );
}
