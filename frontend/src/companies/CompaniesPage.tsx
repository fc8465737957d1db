import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
// The admin lists' shared pieces (list states, delete confirmation).
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListError, ListLoading } from '../common/ListStates';
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
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('companies.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
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
      <DeleteConfirm
        item={deleting}
        title={t('companies.deleteTitle')}
        body={(company) => t('companies.deleteBody', { name: company.name })}
        onClose={() => setDeleting(null)}
        onConfirm={writes.remove}
      />
    </Stack>
  );
}
