import FilterList from '@mui/icons-material/FilterList';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketFilterFields } from './TicketFilterFields';
import { activeFilterCount, NO_FILTERS, type TicketFilters } from './ticketFilters';

/** A compact "Filters" button next to the search; the form opens in a popover and applies as it changes. */
export function TicketFilterButton({ filters, onChange }: { filters: TicketFilters; onChange(next: TicketFilters): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const count = activeFilterCount(filters);
  return (
    <>
      <IconButton
        aria-label={count ? t('inbox.filters.buttonActive', { count }) : t('inbox.filters.button')}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
        color={count ? 'primary' : 'default'}
        size="small"
      >
        <Badge badgeContent={count} color="primary">
          <FilterList />
        </Badge>
      </IconButton>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 320, maxWidth: 'calc(100vw - 32px)' } } }}
      >
        <Box sx={{ p: 2 }}>
          <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {t('inbox.filters.title')}
          </Typography>
          <TicketFilterFields filters={filters} onChange={onChange} />
          <Stack direction="row" sx={{ justifyContent: 'space-between', mt: 2 }}>
            <Button
              disabled={count === 0}
              onClick={() => {
                onChange(NO_FILTERS);
                setAnchor(null); // nothing left to choose; and the disabled button would strand the focus
              }}
            >
              {t('inbox.filters.clear')}
            </Button>
            <Button variant="contained" onClick={() => setAnchor(null)}>
              {t('common.close')}
            </Button>
          </Stack>
        </Box>
      </Popover>
    </>
  );
}
