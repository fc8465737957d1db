import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface CheckboxChoice<T extends string> {
  value: T;
  label: string;
  /** Under the label: what ticking it allows. */
  help?: string;
}

interface CheckboxGroupFieldProps<V extends FieldValues, T extends string, O> {
  control: Control<V, unknown, O>;
  name: FieldPathByValue<V, T[]>;
  legend: string;
  help?: string;
  choices: readonly CheckboxChoice<T>[];
  /** Two columns from the sm breakpoint (short labels, many of them). */
  columns?: boolean;
}

/** A react-hook-form list of strings as a group of checkboxes (scopes of a token, events of a webhook). */
export function CheckboxGroupField<V extends FieldValues, T extends string, O = V>({
  control,
  name,
  legend,
  help,
  choices,
  columns,
}: CheckboxGroupFieldProps<V, T, O>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const selected = field.value as T[];
  const toggle = (value: T, on: boolean) => {
    // Kept in the order the choices are offered, whatever the order of the clicks.
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    field.onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  };
  const message = fieldState.error?.message;
  return (
    <FormControl component="fieldset" error={Boolean(message)}>
      <FormLabel component="legend">{legend}</FormLabel>
      {help ? <FormHelperText sx={{ mx: 0 }}>{help}</FormHelperText> : null}
      <FormGroup sx={columns ? { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 } : undefined}>
        {choices.map((choice, index) => (
          <FormControlLabel
            key={choice.value}
            sx={{ alignItems: choice.help ? 'flex-start' : 'center', mt: choice.help ? 0.5 : 0 }}
            control={
              <Checkbox
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }}
                sx={choice.help ? { pt: 0.5 } : undefined}
              />
            }
            label={
              choice.help ? (
                <>
                  <Typography variant="body2">{choice.label}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {choice.help}
                  </Typography>
                </>
              ) : (
                choice.label
              )
            }
          />
        ))}
      </FormGroup>
      {message ? <FormHelperText sx={{ mx: 0 }}>{t(message)}</FormHelperText> : null}
    </FormControl>
  );
}
