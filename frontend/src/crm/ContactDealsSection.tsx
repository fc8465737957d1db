import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { errorMessage } from '../i18n/errorMessage';
import { stageOf, useContactDeals, usePipelines } from './crmApi';
import { DealFormDialog } from './DealFormDialog';
import { formatCents } from './money';

/** The contact drawer's deals: each with its stage and value (opening it on the kanban), and "Criar negócio" for this customer. */
export function ContactDealsSection({ contact, ticketId }: { contact: { id: number; name: string }; ticketId?: number }) {
  const { t, i18n } = useTranslation();
  const deals = useContactDeals(contact.id);
  const pipelines = usePipelines();
  const [creating, setCreating] = useState(false);
  return (
    <>
      {deals.isPending ? <CircularProgress size={20} aria-label={t('app.loading')} /> : null}
      {deals.isError ? (
        <Typography variant="body2" color="error">
          {errorMessage(t, deals.error)}
        </Typography>
      ) : null}
      {deals.data?.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('crm.noContactDeals')}
        </Typography>
      ) : null}
      {deals.data?.length ? (
        <List dense disablePadding aria-label={t('crm.contactDeals')}>
          {deals.data.map((deal) => (
            <ListItem key={deal.id} disableGutters>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/deals/${deal.id}`}>
                    {deal.title}
                  </Link>
                }
                secondary={[stageOf(pipelines.data, deal.stageId)?.name, formatCents(deal.value, i18n.language)].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
      <Button size="small" variant="outlined" sx={{ mt: 1 }} onClick={() => setCreating(true)}>
        {t('crm.createDeal')}
      </Button>
      {creating ? <DealFormDialog open contact={contact} ticketId={ticketId} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
