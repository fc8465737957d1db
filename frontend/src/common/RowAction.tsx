import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { ReactElement, ReactNode } from 'react';

interface RowActionProps {
  /** Both the tooltip and the accessible name ("Editar Vendas"). */
  label: string;
  icon: ReactElement;
  onClick(): void;
  disabled?: boolean;
  danger?: boolean;
}

/** An icon button of a list row, named for what it acts on. */
export function RowAction({ label, icon, onClick, disabled, danger }: RowActionProps) {
  const button = (
    <IconButton aria-label={label} onClick={onClick} disabled={disabled} size="small" color={danger ? 'error' : 'default'}>
      {icon}
    </IconButton>
  );
  // A disabled button fires no events, so its tooltip needs a wrapper to listen instead.
  return <Tooltip title={label}>{disabled ? <span>{button}</span> : button}</Tooltip>;
}

export function RowActions({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', flexShrink: 0 }}>
      {children}
    </Stack>
  );
}
