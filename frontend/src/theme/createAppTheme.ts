import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, esES, ptBR } from '@mui/material/locale';
import type { AppLanguage } from '../i18n/languages';

export type ThemeMode = 'light' | 'dark';

const muiLocales = { 'pt-BR': ptBR, en: enUS, es: esES } as const;

/** A calm WhatsApp-ish teal, readable in both modes; MUI's own texts (pagination…) follow the UI language. */
export function createAppTheme(mode: ThemeMode, language: AppLanguage): Theme {
  const dark = mode === 'dark';
  return createTheme(
    {
      palette: {
        mode,
        primary: { main: dark ? '#25c2a0' : '#00806b', contrastText: dark ? '#04211b' : '#ffffff' },
        secondary: { main: dark ? '#7fb3ff' : '#3563c9' },
        background: dark ? { default: '#0f1a1c', paper: '#16242a' } : { default: '#f3f6f6', paper: '#ffffff' },
      },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: '"Inter", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 600 },
        h2: { fontSize: '1.5rem', fontWeight: 600 },
        h3: { fontSize: '1.25rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiAppBar: { defaultProps: { elevation: 0, color: 'inherit' } },
        MuiPaper: { defaultProps: { elevation: 0 } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiTextField: { defaultProps: { fullWidth: true } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
      },
    },
    muiLocales[language],
  );
}
