import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONTACT_LIMITS, type ContactFormValues } from './contactSchema';

interface CustomFieldsEditorProps {
  control: Control<ContactFormValues>;
  register: UseFormRegister<ContactFormValues>;
  errors: FieldErrors<ContactFormValues>['extraInfo'];
}

/** Key/value rows ("CPF" → "123…"), kept in the order typed. */
export function CustomFieldsEditor({ control, register, errors }: CustomFieldsEditorProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'extraInfo' });
  const message = (key: string | undefined, max: number) => (key ? t(key, { max }) : undefined);

  return (
    <Stack spacing={1.5} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {t('contacts.customFields')}
      </Typography>
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        const position = { n: index + 1 };
        return (
          <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label={t('contacts.fieldName')}
              slotProps={{ htmlInput: { 'aria-label': t('contacts.fieldNameN', position) } }}
              {...register(`extraInfo.${index}.name`)}
              error={Boolean(rowErrors?.name)}
              helperText={message(rowErrors?.name?.message, CONTACT_LIMITS.fieldName)}
              sx={{ flex: 2 }}
            />
            <TextField
              size="small"
              label={t('contacts.fieldValue')}
              slotProps={{ htmlInput: { 'aria-label': t('contacts.fieldValueN', position) } }}
              {...register(`extraInfo.${index}.value`)}
              error={Boolean(rowErrors?.value)}
              helperText={message(rowErrors?.value?.message, CONTACT_LIMITS.fieldValue)}
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
