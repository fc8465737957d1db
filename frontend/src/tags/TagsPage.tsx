import LocalOffer from '@mui/icons-material/LocalOfferOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE } from '../queues/ColorField';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { SearchField } from '../common/SearchField';
import { TagFormDialog } from './TagFormDialog';
import { TagsTable } from './TagsTable';
import { useTagsList, type Tag } from './tagsApi';
import { useTagWrites } from './useTagWrites';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; tag: Tag };

/** Admins and supervisors (the route is guarded) shape the company's tags. */
export function TagsPage() {
  const { t } = useTranslation();
  const list = useTagsList();
  const writes = useTagWrites();
  const [search, setSearch] = useState('');
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Tag | null>(null);

  const all = list.data ?? [];
  const needle = search.trim().toLocaleLowerCase();
  const tags = needle ? all.filter((tag) => tag.name.toLocaleLowerCase().includes(needle)) : all;

  return (
    <Stack spacing={3} sx={{ maxWidth: 900, mx: 'auto' }}>
      <PageHeader title={t('tags.title')} subtitle={t('tags.subtitle')} newLabel={t('tags.new')} onNew={() => setForm({ mode: 'create' })} />
      <Paper variant="outlined">
        <Box sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}>
          <SearchField label={t('tags.searchLabel')} value={search} onChange={setSearch} />
        </Box>
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('tags.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && tags.length === 0 ? (
          <ListEmpty icon={<LocalOffer sx={{ fontSize: 48 }} />} text={needle ? t('tags.emptySearch', { search: search.trim() }) : t('tags.empty')} />
        ) : null}
        {tags.length > 0 ? <TagsTable tags={tags} onEdit={(tag) => setForm({ mode: 'edit', tag })} onDelete={setDeleting} /> : null}
      </Paper>

      <TagFormDialog
        open={form.mode !== 'closed'}
        tag={form.mode === 'edit' ? form.tag : null}
        suggestedColor={PALETTE[all.length % PALETTE.length]!}
        onClose={() => setForm({ mode: 'closed' })}
        onSubmit={async (values) => {
          await (form.mode === 'edit' ? writes.save(form.tag, values) : writes.create(values));
          setForm({ mode: 'closed' });
        }}
      />
      <DeleteConfirm
        item={deleting}
        title={t('tags.deleteTitle')}
        body={(tag) => t('tags.deleteBody', { name: tag.name })}
        onClose={() => setDeleting(null)}
        onConfirm={writes.remove}
      />
    </Stack>
  );
}
