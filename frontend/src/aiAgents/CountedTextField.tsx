import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField, type FormTextFieldProps } from '../common/form/FormTextField';
import { lengthOf, type AiAgentFormValues } from './aiAgentSchema';

type CountedName = 'systemPrompt' | 'knowledge';

type CountedTextFieldProps = Omit<FormTextFieldProps<AiAgentFormValues, CountedName>, 'limits' | 'control' | 'name'> & {
  control: Control<AiAgentFormValues>;
  name: CountedName;
  max: number;
  /** Said before the count, while the text fits. */
  hint: string;
};

/**
 * A long text with its size limit in view: "1.234 / 20.000 caracteres" under it as it is typed, and the same
 * count in the error once it is over, so the admin knows how much to cut.
 */
export function CountedTextField({ control, name, max, hint, ...props }: CountedTextFieldProps) {
  const { t } = useTranslation();
  const length = lengthOf(useWatch({ control, name }));
  return (
    <FormTextField {...props} control={control} name={name} multiline limits={{ max, length }} help={`${hint} ${t('aiAgents.counter', { length, max })}`} />
  );
}
