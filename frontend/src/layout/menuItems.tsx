import ForumOutlined from '@mui/icons-material/ForumOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PhonelinkRingOutlined from '@mui/icons-material/PhonelinkRingOutlined';
import type { ReactNode } from 'react';
import type { User } from '../api/types';
import { canManageConnections, canReadUsers, canUseInbox } from '../auth/permissions';

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
  // First entry = the home page: everyone, attendants included, starts in the inbox.
  { to: '/tickets', label: 'layout.tickets', icon: <ForumOutlined />, visible: canUseInbox },
  { to: '/connections', label: 'layout.connections', icon: <PhonelinkRingOutlined />, visible: canManageConnections },
  { to: '/users', label: 'layout.users', icon: <PeopleAltOutlined />, visible: canReadUsers },
];

export function firstAllowedPage(user: User | null): string | null {
  return MENU.find((entry) => entry.visible(user))?.to ?? null;
}
