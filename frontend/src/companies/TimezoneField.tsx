import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

interface TimezoneFieldProps {
  value: string;
  onChange(value: string): void;
  error?: string;
}

/** The IANA zones this browser knows ("America/Sao_Paulo"…), searchable by any part of the name. */
export function TimezoneField({ value, onChange, error }: TimezoneFieldProps) {
  const { t } = useTranslation();
  const zones = useMemo(() => {
    const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return known.includes(value) || !value ? known : [value, ...known];
  }, [value]);
  return (
    <Autocomplete
      options={zones}
      value={value || null}
      onChange={(_event, zone) => onChange(zone ?? '')}
      openText={t('companies.showTimezones')}
      closeText={t('common.close')}
      clearText={t('companies.clearTimezone')}
      noOptionsText={t('companies.noTimezone')}
      renderInput={(params) => (
        <TextField {...params} label={t('companies.timezone')} required error={Boolean(error)} helperText={error ?? t('companies.timezoneHelp')} />
      )}
    />
  );
}
