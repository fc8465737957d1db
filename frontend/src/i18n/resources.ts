import { ptBR } from './locales/pt-BR';

import type { DeepStrings } from './deepStrings';

/** Same keys as pt-BR, any text: a missing or extra key in en/es is a type error. */
export type Messages = DeepStrings<typeof ptBR>;
