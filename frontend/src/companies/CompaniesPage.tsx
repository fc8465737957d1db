import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { errorMessage } from '../i18n/errorMessage';
import { CompaniesTable } from './CompaniesTable';
import { CompanyFormDialog } from './CompanyFormDialog';
import type { Company } from './companiesApi';
import { useCompaniesList } from './companiesQuery';
import { useCompanyWrites } from './useCompanyWrites';

// `company` stays while the dialog animates out, so its title does not flip to "New company" mid-transition.
type FormState = { open: boolean; company: Company | null };

/** The platform operator's page (super admins only; the route and the menu check it). */
export function CompaniesPage() {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const list = useCompaniesList();
  const writes = useCompanyWrites();
  const [form, setForm] = useState<FormState>({ open: false, company: null });
  const [deleting, setDeleting] = useState<Company | null>(null);
  const [shownDeleting, setShownDeleting] = useState<Company | null>(null);
  const [busy, setBusy] = useState(false);
  // Keep the name while the confirmation animates out.
  if (deleting && deleting !== shownDeleting) setShownDeleting(deleting);

  async function confirmDelete() {
    if (!deleting) return;
    setBusy(true);
    await writes.remove(deleting);
    setBusy(false);
    setDeleting(null);
  }

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <Box>
          <Typography variant="h1">{t('companies.title')}</Typography>
          <Typography color="text.secondary">{t('companies.subtitle')}</Typography>
        </Box>
        <Button variant="contained" startIcon={<Add />} onClick={() => setForm({ open: true, company: null })}>
          {t('companies.new')}
        </Button>
      </Stack>

      <Paper variant="outlined">
        {list.isPending ? (
          <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('app.loading')}>
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} variant="rounded" height={44} />
            ))}
          </Stack>
        ) : null}
        {list.isError ? (
          <Box sx={{ p: 2 }}>
            <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => void list.refetch()}>{t('common.retry')}</Button>}>
              {t('companies.loadFailed')} {errorMessage(t, list.error)}
            </Alert>
          </Box>
        ) : null}
        {list.data ? (
          <CompaniesTable
            companies={list.data}
            ownCompanyId={me?.companyId ?? null}
            onEdit={(company) => setForm({ open: true, company })}
            onDelete={setDeleting}
          />
        ) : null}
      </Paper>

      <CompanyFormDialog
        open={form.open}
        company={form.company}
        isOwn={form.company?.id === me?.companyId}
        onClose={() => setForm({ ...form, open: false })}
        onSubmit={async (values) => {
          await (form.company ? writes.save(form.company, values) : writes.create(values));
          setForm({ ...form, open: false });
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t('companies.deleteTitle')}
        body={t('companies.deleteBody', { name: shownDeleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        destructive
        busy={busy}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
