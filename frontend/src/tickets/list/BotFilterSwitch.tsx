import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The supervisors' "Bot" filter: the conversations the AI agent is answering, which the tabs otherwise leave
 * out (they wait for no one). A switch rather than a select: it is on or off, and the hint says why it exists.
 */
export function BotFilterSwitch({ value, onChange }: { value: boolean; onChange(bot: boolean): void }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div>
      <FormControlLabel
        control={<Switch checked={value} onChange={(event) => onChange(event.target.checked)} slotProps={{ input: { 'aria-describedby': hintId } }} />}
        label={t('aiInbox.filter')}
      />
      <FormHelperText id={hintId} sx={{ mt: 0 }}>
        {t('aiInbox.filterHint')}
      </FormHelperText>
    </div>
  );
}
