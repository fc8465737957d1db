import Check from '@mui/icons-material/Check';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** A small palette that reads well as a chip or swatch on both themes; any other #rrggbb may be typed. */
export const PALETTE = ['#1976d2', '#0097a7', '#2e7d32', '#7cb342', '#f9a825', '#ef6c00', '#d32f2f', '#c2185b', '#7b1fa2', '#5d4037', '#546e7a', '#212121'];

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

interface ColorFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
}

/** Palette swatches (radio buttons, so the keyboard and screen readers handle them) plus a hex text field. */
export function ColorField({ label, value, onChange, error }: ColorFieldProps) {
  const { t } = useTranslation();
  const current = value.toLowerCase();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <Box role="radiogroup" aria-label={t('queues.colorPalette')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, maxWidth: 260 }}>
          {PALETTE.map((color) => {
            const selected = color === current;
            return (
              <Box
                key={color}
                component="button"
                type="button"
                role="radio"
                aria-checked={selected}
                aria-label={t('queues.colorChoice', { color })}
                onClick={() => onChange(color)}
                sx={{
                  width: 28,
                  height: 28,
                  borderRadius: '50%',
                  border: 2,
                  borderColor: selected ? 'text.primary' : 'transparent',
                  bgcolor: color,
                  color: '#fff',
                  cursor: 'pointer',
                  display: 'grid',
                  placeItems: 'center',
                  p: 0,
                  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
                }}
              >
                {selected ? <Check sx={{ fontSize: 16 }} /> : null}
              </Box>
            );
          })}
        </Box>
        <TextField
          label={t('queues.colorHex')}
          value={value}
          onChange={(e) => onChange(e.target.value.trim())}
          size="small"
          error={Boolean(error)}
          helperText={error}
          sx={{ width: 170 }}
          slotProps={{
            htmlInput: { maxLength: 7, spellCheck: false },
            input: {
              startAdornment: (
                <Box
                  aria-hidden
                  sx={{
                    width: 18,
                    height: 18,
                    borderRadius: 0.5,
                    mr: 1,
                    flexShrink: 0,
                    border: 1,
                    borderColor: 'divider',
                    bgcolor: HEX_COLOR.test(value) ? value : 'transparent',
                  }}
                />
              ),
            },
          }}
        />
      </Stack>
    </Box>
  );
}
