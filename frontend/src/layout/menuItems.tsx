import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import BoltOutlined from '@mui/icons-material/BoltOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import WebhookOutlined from '@mui/icons-material/WebhookOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import ContactsOutlined from '@mui/icons-material/ContactsOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import ViewKanbanOutlined from '@mui/icons-material/ViewKanbanOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import ChatOutlined from '@mui/icons-material/ChatOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import PlaylistAddCheckOutlined from '@mui/icons-material/PlaylistAddCheckOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import PhonelinkRingOutlined from '@mui/icons-material/PhonelinkRingOutlined';
import ScheduleSendOutlined from '@mui/icons-material/ScheduleSendOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import SmartToyOutlined from '@mui/icons-material/SmartToyOutlined';
import type { ComponentType, ReactNode } from 'react';
import type { User } from '../api/types';
import {
  canManageCampaigns,
  canManageCompanies,
  canManageIntegrations,
  canManagePipelines,
  canManageConnections,
  canManageQueues,
  canManageQuickReplies,
  canManageSettings,
  canManageTags,
  canReadAiAgents,
  canReadContacts,
  canReadUsers,
  canSeeDashboard,
  canSeeTeam,
  canUseCrm,
  canUseInbox,
} from '../auth/permissions';
import { InternalChatBadge } from '../internalChat/InternalChatBadge';

export interface MenuEntry {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
  visible(user: User | null): boolean;
  /** i18n key of the heading the entry is grouped under ("API"); entries without one come ungrouped. */
  section?: string;
  /** A page the backend serves (the API docs): a plain link opening a new tab, not a route of the app. */
  external?: boolean;
  /** Wraps the icon with a live count (the internal chat's unread messages). */
  badge?: ComponentType<{ children: ReactNode }>;
}

/** The side menu, in order; each entry shows only to the profiles its page allows. */
export const MENU: readonly MenuEntry[] = [
  // First entry = the home page: everyone, attendants included, starts in the inbox.
  { to: '/tickets', label: 'layout.tickets', icon: <ForumOutlined />, visible: canUseInbox },
  { to: '/dashboard', label: 'dashboard.title', icon: <InsightsOutlined />, visible: canSeeDashboard },
  { to: '/team', label: 'team.menu', icon: <GroupsOutlined />, visible: canSeeTeam },
  { to: '/contacts', label: 'contacts.title', icon: <ContactsOutlined />, visible: canReadContacts },
  { to: '/deals', label: 'crm.title', icon: <HandshakeOutlined />, visible: canUseCrm },
  { to: '/tasks', label: 'crm.tasks.menu', icon: <TaskAltOutlined />, visible: canUseCrm },
  // Every signed-in user talks with the team (issue 17).
  { to: '/internal-chat', label: 'internalChat.menu', icon: <ChatOutlined />, visible: (user) => user !== null, badge: InternalChatBadge },
  { to: '/scheduled-messages', label: 'scheduled.menu', icon: <ScheduleSendOutlined />, visible: canUseInbox },
  { to: '/campaigns', label: 'campaigns.title', icon: <CampaignOutlined />, visible: canManageCampaigns },
  { to: '/contact-lists', label: 'contactLists.title', icon: <PlaylistAddCheckOutlined />, visible: canManageCampaigns },
  { to: '/connections', label: 'layout.connections', icon: <PhonelinkRingOutlined />, visible: canManageConnections },
  { to: '/queues', label: 'queues.title', icon: <AccountTreeOutlined />, visible: canManageQueues },
  { to: '/ai-agents', label: 'aiAgents.title', icon: <SmartToyOutlined />, visible: canReadAiAgents },
  { to: '/users', label: 'layout.users', icon: <PeopleAltOutlined />, visible: canReadUsers },
  { to: '/quick-replies', label: 'quickReplies.title', icon: <BoltOutlined />, visible: canManageQuickReplies },
  { to: '/tags', label: 'tags.title', icon: <LocalOfferOutlined />, visible: canManageTags },
  { to: '/close-reasons', label: 'closing.menu', icon: <DoneAllOutlined />, visible: canManageQueues },
  { to: '/pipelines', label: 'crm.pipelines.menu', icon: <ViewKanbanOutlined />, visible: canManagePipelines },
  { to: '/settings', label: 'settings.title', icon: <SettingsOutlined />, visible: canManageSettings },
  { to: '/api-tokens', label: 'integrations.menu.tokens', icon: <KeyOutlined />, visible: canManageIntegrations, section: 'integrations.menu.section' },
  { to: '/webhooks', label: 'integrations.menu.webhooks', icon: <WebhookOutlined />, visible: canManageIntegrations, section: 'integrations.menu.section' },
  {
    to: '/api/docs',
    label: 'integrations.menu.docs',
    icon: <DescriptionOutlined />,
    visible: canManageIntegrations,
    section: 'integrations.menu.section',
    external: true,
  },
  { to: '/companies', label: 'companies.title', icon: <ApartmentOutlined />, visible: canManageCompanies },
];

export function firstAllowedPage(user: User | null): string | null {
  return MENU.find((entry) => !entry.external && entry.visible(user))?.to ?? null;
}
