import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the lead score: its chip (inbox cards, contact drawer, contacts list) and the inbox's lead filter (namespace `lead`). */
export const leadMessages = defineAreaMessages({
  'pt-BR': {
    bucket: { hot: 'Quente', warm: 'Morno', cold: 'Frio' },
    chipLabel: 'Lead {{bucket}}: pontuação {{score}} de 100',
    column: 'Lead',
    filter: 'Lead',
    filterChip: 'Lead: {{bucket}}',
  },
  en: {
    bucket: { hot: 'Hot', warm: 'Warm', cold: 'Cold' },
    chipLabel: '{{bucket}} lead: score {{score}} of 100',
    column: 'Lead',
    filter: 'Lead',
    filterChip: 'Lead: {{bucket}}',
  },
  es: {
    bucket: { hot: 'Caliente', warm: 'Tibio', cold: 'Frío' },
    chipLabel: 'Lead {{bucket}}: puntuación {{score}} de 100',
    column: 'Lead',
    filter: 'Lead',
    filterChip: 'Lead: {{bucket}}',
  },
});
