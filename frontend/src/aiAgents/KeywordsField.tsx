import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LIMITS, type AiAgentFormValues } from './aiAgentSchema';

/** "Atendente, humano" pasted or typed at once: each part a keyword, as the AI step compares them (lower case). */
function keywordsIn(text: string): string[] {
  return text
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
}

/** The words that send a customer to a person at once, as chips: typed and Enter (or a comma) adds one. */
export function KeywordsField({ control }: { control: Control<AiAgentFormValues> }) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'handoffKeywords' });
  const [input, setInput] = useState('');
  const [tooLong, setTooLong] = useState(false);
  const keywords = field.value;

  /** Adds what was typed; a word over the limit stays in the box, said so, for the admin to shorten. */
  const add = (values: string[]) => {
    const words = values.flatMap(keywordsIn);
    if (words.some((w) => w.length > LIMITS.keyword)) {
      setTooLong(true);
      return false;
    }
    setTooLong(false);
    field.onChange([...new Set(words)]);
    return true;
  };

  const schemaError = fieldState.error?.message ?? (fieldState.error as unknown as Record<string, { message?: string }> | undefined)?.[0]?.message;
  const error = tooLong ? 'aiAgents.keywordTooLong' : schemaError;

  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={[]}
      value={keywords}
      inputValue={input}
      onInputChange={(_event, value, reason) => {
        // A comma closes the word typed so far, like Enter.
        if (reason === 'input' && value.includes(',')) {
          if (add([...keywords, value])) setInput('');
          else setInput(value);
          return;
        }
        setInput(value);
      }}
      onChange={(_event, values) => {
        if (add(values)) setInput('');
      }}
      renderValue={(values, getItemProps) =>
        values.map((word, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={word} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={field.ref}
          label={t('aiAgents.handoffKeywords')}
          placeholder={keywords.length === 0 ? t('aiAgents.handoffKeywordsPlaceholder') : undefined}
          error={Boolean(error)}
          helperText={error ? t(error, { max: error === 'aiAgents.tooManyKeywords' ? LIMITS.keywords : LIMITS.keyword }) : t('aiAgents.handoffKeywordsHint')}
        />
      )}
    />
  );
}
