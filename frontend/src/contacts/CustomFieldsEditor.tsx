import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../common/form/FormTextField';
import { CONTACT_LIMITS, type ContactFormValues } from './contactSchema';

/** Key/value rows ("CPF" → "123…"), kept in the order typed. */
export function CustomFieldsEditor({ control }: { control: Control<ContactFormValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'extraInfo' });

  return (
    <Stack spacing={1.5} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('contacts.customFields')}
      </Typography>
      {fields.map((field, index) => {
        const position = { n: index + 1 };
        return (
          <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <FormTextField
              control={control}
              name={`extraInfo.${index}.name`}
              label={t('contacts.fieldName')}
              limits={{ max: CONTACT_LIMITS.fieldName }}
              size="small"
              slotProps={{ htmlInput: { 'aria-label': t('contacts.fieldNameN', position) } }}
              sx={{ flex: 2 }}
            />
            <FormTextField
              control={control}
              name={`extraInfo.${index}.value`}
              label={t('contacts.fieldValue')}
              limits={{ max: CONTACT_LIMITS.fieldValue }}
              size="small"
              slotProps={{ htmlInput: { 'aria-label': t('contacts.fieldValueN', position) } }}
              sx={{ flex: 3 }}
            />
            <IconButton aria-label={t('contacts.removeField', position)} onClick={() => remove(index)} sx={{ mt: 0.5 }}>
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Stack>
        );
      })}
      {fields.length < CONTACT_LIMITS.fields ? (
        <Button size="small" startIcon={<Add />} onClick={() => append({ name: '', value: '' })} sx={{ alignSelf: 'flex-start' }}>
          {t('contacts.addField')}
        </Button>
      ) : null}
    </Stack>
  );
}
