import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_VARIABLES, type TemplateVariable } from './quickRepliesApi';

/** One button per variable the backend fills in; each inserts `{{variable}}` where the cursor is. */
export function VariableButtons({ onInsert }: { onInsert(token: string): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const label = (variable: TemplateVariable) => t(`quickReplies.variableLabels.${variable}`);
  return (
    <Stack spacing={0.5}>
      <Typography variant="caption" color="text.secondary" id={headingId}>
        {t('quickReplies.variables')}
      </Typography>
      <Stack direction="row" role="group" aria-labelledby={headingId} sx={{ flexWrap: 'wrap', gap: 0.75 }}>
        {TEMPLATE_VARIABLES.map((variable) => (
          <Button
            key={variable}
            size="small"
            variant="outlined"
            aria-label={t('quickReplies.insertVariable', { label: label(variable) })}
            title={label(variable)}
            onClick={() => onInsert(`{{${variable}}}`)}
            sx={{ textTransform: 'none', fontFamily: 'monospace', py: 0.25 }}
          >
            {`{{${variable}}}`}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}
