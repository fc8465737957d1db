import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '../common/FormDialog';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { ColorField, HEX_COLOR, PALETTE } from '../queues/ColorField';
import { TagChip } from './TagChip';
import type { Tag, TagInput } from './tagsApi';

export const TAG_NAME_MAX = 60; // "Tags".name VARCHAR(60)

const tagSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(TAG_NAME_MAX, 'tags.nameTooLong'),
  color: z.string().regex(HEX_COLOR, 'queues.colorInvalid'),
});

interface TagFormDialogProps {
  open: boolean;
  tag: Tag | null;
  /** The color a new tag starts with. */
  suggestedColor: string;
  onClose(): void;
  onSubmit(values: TagInput): Promise<void>;
}

export function TagFormDialog({ open, tag, suggestedColor, onClose, onSubmit }: TagFormDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, reset, setError, formState } = useForm<TagInput>({
    resolver: zodResolver(tagSchema),
    defaultValues: { name: '', color: PALETTE[0]! },
  });
  const { errors, isSubmitting } = formState;
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_TAG_NAME_IN_USE: 'name' });
  const [name, color] = useWatch({ control, name: ['name', 'color'] });

  useEffect(() => {
    if (!open) return;
    reset(tag ? { name: tag.name, color: tag.color } : { name: '', color: suggestedColor });
    clearSaveError();
  }, [open, tag, suggestedColor, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit({ name: values.name.trim(), color: values.color.toLowerCase() })));
  const colorError = errors.color?.message;

  return (
    <FormDialog
      open={open}
      title={tag ? t('tags.editTitle') : t('tags.createTitle')}
      submitting={isSubmitting}
      editing={tag !== null}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField control={control} name="name" label={t('tags.name')} limits={{ max: TAG_NAME_MAX }} required autoFocus autoComplete="off" />
      <Controller
        control={control}
        name="color"
        render={({ field }) => (
          <ColorField label={t('tags.color')} value={field.value} onChange={field.onChange} error={colorError ? t(colorError) : undefined} />
        )}
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {t('tags.preview')}
        </Typography>
        <TagChip name={name.trim() || t('tags.name')} color={color} size="medium" />
      </Stack>
    </FormDialog>
  );
}
