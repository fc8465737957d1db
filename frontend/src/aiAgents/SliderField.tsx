import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Slider from '@mui/material/Slider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController, type Control } from 'react-hook-form';
import type { AiAgentFormValues } from './aiAgentSchema';

interface SliderFieldProps {
  control: Control<AiAgentFormValues>;
  name: 'temperature' | 'confidenceThreshold';
  label: string;
  help: string;
  min: number;
  max: number;
  step: number;
  /** How the value reads ("0,3", "50%"), beside the label and for screen readers. */
  format(value: number): string;
  /** What the two ends mean ("Previsível" … "Criativo"). */
  ends: [string, string];
}

/** A number chosen on a scale whose ends are named, its value shown beside the label. */
export function SliderField({ control, name, label, help, min, max, step, format, ends }: SliderFieldProps) {
  const { field } = useController({ control, name });
  const labelId = useId();
  const helpId = useId();
  const value = field.value;
  return (
    <FormControl fullWidth>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <FormLabel id={labelId}>{label}</FormLabel>
        <Typography variant="body2" sx={{ fontWeight: 600 }} aria-hidden>
          {format(value)}
        </Typography>
      </Stack>
      <Slider
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(_event, next) => field.onChange(next as number)}
        onBlur={field.onBlur}
        getAriaValueText={format}
        valueLabelFormat={format}
        valueLabelDisplay="auto"
        marks={[
          { value: min, label: ends[0] },
          { value: max, label: ends[1] },
        ]}
        aria-labelledby={labelId}
        slotProps={{ input: { 'aria-describedby': helpId } }}
        sx={{
          mx: 1,
          width: 'auto',
          '& .MuiSlider-markLabel': { typography: 'caption', color: 'text.secondary' },
          '& .MuiSlider-markLabel[data-index="0"]': { transform: 'translateX(-8px)' },
          '& .MuiSlider-markLabel[data-index="1"]': { transform: 'translateX(calc(-100% + 8px))' },
        }}
      />
      <FormHelperText id={helpId} sx={{ mx: 0, mt: 1.5 }}>
        {help}
      </FormHelperText>
    </FormControl>
  );
}
