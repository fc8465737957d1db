import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../common/useDebouncedValue';
import { contactsApi } from '../../contacts/contactsApi';
import { displayNumber } from '../../contacts/displayNumber';
import { TagsSelect } from '../../contacts/TagsSelect';
import { useContactLists } from '../../contactLists/contactListsApi';
import { errorMessage } from '../../i18n/errorMessage';
import { campaignsApi, campaignsKey, type CampaignAudience, type CampaignTarget } from '../campaignsApi';
import { NAME_MAX, targetIsEmpty, targetOf, type CampaignDraft, type ChosenContact, type DraftErrors } from './campaignDraft';

export interface StepProps {
  draft: CampaignDraft;
  change(patch: Partial<CampaignDraft>): void;
  errors: DraftErrors;
}

/** Who gets it, counted by the server as it is chosen; the count is what the estimate and the start confirmation use. */
export function useAudience(target: CampaignTarget) {
  const settled = useDebouncedValue(target, 400);
  return useQuery({
    queryKey: [...campaignsKey, 'audience', settled],
    queryFn: ({ signal }) => campaignsApi.audience(settled, signal),
    enabled: !targetIsEmpty(settled),
    placeholderData: keepPreviousData,
  });
}

/** Step 1: the campaign's name and its audience (tags, lists, contacts), with who is in and who is left out. */
export function AudienceStep({ draft, change, errors, audience }: StepProps & { audience: ReturnType<typeof useAudience> }) {
  const { t } = useTranslation();
  const lists = useContactLists();
  const chosenLists = (lists.data ?? []).filter((list) => draft.contactListIds.includes(list.id));
  return (
    <Stack spacing={2.5}>
      <TextField
        label={t('campaigns.wizard.name')}
        value={draft.name}
        onChange={(e) => change({ name: e.target.value })}
        required
        autoFocus
        error={Boolean(errors.name)}
        helperText={errors.name ? t(errors.name, { max: NAME_MAX }) : t('campaigns.wizard.nameHint')}
      />
      <Stack spacing={0.5}>
        <TagsSelect value={draft.tagIds} onChange={(tagIds) => change({ tagIds })} known={[]} />
        <Typography variant="caption" color="text.secondary" sx={{ px: 1.75 }}>
          {t('campaigns.wizard.tagsHint')}
        </Typography>
      </Stack>
      <Autocomplete
        multiple
        options={lists.data ?? []}
        value={chosenLists}
        loading={lists.isPending}
        loadingText={t('app.loading')}
        noOptionsText={t('campaigns.wizard.noLists')}
        getOptionLabel={(list) => `${list.name} (${list.size.toLocaleString()})`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_event, chosen) => change({ contactListIds: chosen.map((list) => list.id) })}
        renderInput={(params) => <TextField {...params} label={t('campaigns.wizard.lists')} helperText={t('campaigns.wizard.listsHint')} />}
      />
      <ContactsPicker value={draft.contacts} onChange={(contacts) => change({ contacts })} />
      <AudienceSummary audience={audience} error={errors.target} empty={targetIsEmpty(targetOf(draft))} />
    </Stack>
  );
}

/** Several contacts by name or number, asking the server as one types (the address book may be long). */
function ContactsPicker({ value, onChange }: { value: ChosenContact[]; onChange(contacts: ChosenContact[]): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 250);
  const found = useQuery<ChosenContact[]>({
    queryKey: ['contacts', 'campaign-picker', search],
    queryFn: ({ signal }) =>
      contactsApi
        .list({ search, tagId: null, cursor: null }, signal)
        .then((page) => page.contacts.filter((c) => !c.isGroup).map((c) => ({ id: c.id, name: c.name, number: displayNumber(c) }))),
    placeholderData: keepPreviousData,
  });
  return (
    <Autocomplete<ChosenContact, true>
      multiple
      options={found.data ?? []}
      value={value}
      onChange={(_event, contacts) => onChange(contacts)}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input' || reason === 'clear' || reason === 'reset') setTyped(reason === 'input' ? text : '');
      }}
      filterOptions={(options) => options}
      filterSelectedOptions
      getOptionLabel={(contact) => (contact.number ? `${contact.name} · ${contact.number}` : contact.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={found.isFetching}
      loadingText={t('campaigns.wizard.searching')}
      noOptionsText={t('campaigns.wizard.noContacts')}
      renderInput={(params) => <TextField {...params} label={t('campaigns.wizard.contacts')} helperText={t('campaigns.wizard.contactsHint')} />}
    />
  );
}

function AudienceSummary({ audience, error, empty }: { audience: ReturnType<typeof useAudience>; error: string | undefined; empty: boolean }) {
  const { t } = useTranslation();
  if (empty) {
    return (
      <Alert severity={error ? 'error' : 'info'} icon={<GroupsOutlined />}>
        {error ? t(error) : t('campaigns.wizard.audienceEmpty')}
      </Alert>
    );
  }
  if (audience.isError) return <Alert severity="warning">{`${t('campaigns.wizard.audienceFailed')} ${errorMessage(t, audience.error)}`}</Alert>;
  const data: CampaignAudience | undefined = audience.data;
  return (
    <Paper variant="outlined" component="section" aria-label={t('campaigns.wizard.steps.audience')} sx={{ p: 2, bgcolor: 'action.hover' }}>
      {data === undefined ? (
        <Stack spacing={0.5} role="status" aria-label={t('campaigns.wizard.counting')}>
          <Skeleton width="40%" height={32} />
          <Skeleton width="70%" />
        </Stack>
      ) : (
        <Stack spacing={0.5} sx={{ opacity: audience.isFetching ? 0.6 : 1, transition: 'opacity .2s' }} aria-live="polite">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <GroupsOutlined color={data.eligible > 0 ? 'primary' : 'disabled'} />
            <Typography variant="h6" component="p">
              {t('campaigns.wizard.eligible', { count: data.eligible })}
            </Typography>
          </Stack>
          {data.optedOut + data.groups + data.invalid > 0 ? (
            <Typography variant="body2" color="text.secondary">
              {[
                t('campaigns.wizard.excluded'),
                [
                  t('campaigns.wizard.optedOut', { count: data.optedOut }),
                  t('campaigns.wizard.groups', { count: data.groups }),
                  t('campaigns.wizard.invalid', { count: data.invalid }),
                ].join(' · '),
              ].join(' ')}
            </Typography>
          ) : null}
          <Typography variant="caption" color="text.secondary">
            {t('campaigns.wizard.audienceHint')}
          </Typography>
        </Stack>
      )}
    </Paper>
  );
}
