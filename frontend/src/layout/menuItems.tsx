import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import type { ReactNode } from 'react';
import type { User } from '../api/types';
import { canReadUsers } from '../auth/permissions';

export interface MenuEntry {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
  visible(user: User | null): boolean;
}

/**
 * The side menu, in order. Only pages that exist are listed; as they land, add them here
 * (Atendimentos /tickets, Conexões /connections, Filas /queues, Contatos, Respostas rápidas, Configurações…).
 */
export const MENU: readonly MenuEntry[] = [
  { to: '/users', label: 'layout.users', icon: <PeopleAltOutlined />, visible: canReadUsers },
];

export function firstAllowedPage(user: User | null): string | null {
  return MENU.find((entry) => entry.visible(user))?.to ?? null;
}
