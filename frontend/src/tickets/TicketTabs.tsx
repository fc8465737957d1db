import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { TICKET_TABS, type TicketStatus } from './ticketsApi';

interface TicketTabsProps {
  value: TicketStatus;
  counts: Partial<Record<TicketStatus, number>>;
  onChange(status: TicketStatus): void;
}

/** Atendendo / Aguardando / Resolvidos, with the server's counts (capped at 1000: shown as 999+). */
export function TicketTabs({ value, counts, onChange }: TicketTabsProps) {
  const { t } = useTranslation();
  const label = (status: TicketStatus) => {
    const count = counts[status];
    const name = t(`tickets.tabs.${status}`);
    if (count === undefined) return name;
    return `${name} (${count > 999 ? '999+' : count})`;
  };
  return (
    <Tabs value={value} onChange={(_e, next: TicketStatus) => onChange(next)} variant="fullWidth" aria-label={t('tickets.tabsLabel')}>
      {TICKET_TABS.map((status) => (
        <Tab key={status} value={status} label={label(status)} sx={{ minWidth: 0, px: 1, textTransform: 'none' }} />
      ))}
    </Tabs>
  );
}
