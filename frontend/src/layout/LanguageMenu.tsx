import Translate from '@mui/icons-material/Translate';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import { LANGUAGE_NAMES, LANGUAGES, type AppLanguage } from '../i18n/languages';

const SHORT: Record<AppLanguage, string> = { 'pt-BR': 'PT', en: 'EN', es: 'ES' };

/** Language switch; the choice is remembered on this browser. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const language = currentLanguage();

  function choose(next: AppLanguage) {
    setAnchor(null);
    void changeLanguage(next);
  }

  return (
    <>
      <Button
        color="inherit"
        startIcon={<Translate />}
        aria-label={`${t('layout.language')}: ${LANGUAGE_NAMES[language]}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {SHORT[language]}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {LANGUAGES.map((option) => (
          <MenuItem key={option} lang={option} selected={option === language} onClick={() => choose(option)}>
            {LANGUAGE_NAMES[option]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
