import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import type { User } from './api/types';
import { LoginPage } from './auth/LoginPage';
import { AiAgentsPage } from './aiAgents/AiAgentsPage';
import { AiUsagePage } from './aiAgents/AiUsagePage';
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
} from './auth/permissions';
import { RequireAuth } from './auth/RequireAuth';
import { RequireProfile } from './auth/RequireProfile';
import { CampaignPage } from './campaigns/CampaignPage';
import { CampaignsPage } from './campaigns/CampaignsPage';
import { CampaignWizardPage } from './campaigns/wizard/CampaignWizardPage';
import { CompaniesPage } from './companies/CompaniesPage';
import { ConnectionsPage } from './connections/ConnectionsPage';
import { ContactListPage } from './contactLists/ContactListPage';
import { ContactListsPage } from './contactLists/ContactListsPage';
import { ContactsPage } from './contacts/ContactsPage';
import { DealsPage } from './crm/DealsPage';
import { PipelinesPage } from './crm/PipelinesPage';
import { TasksPage } from './crm/TasksPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { ApiTokensPage } from './integrations/ApiTokensPage';
import { WebhookPage } from './integrations/WebhookPage';
import { WebhooksPage } from './integrations/WebhooksPage';
import { InternalChatPage } from './internalChat/InternalChatPage';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './layout/HomeRedirect';
import { NotFoundPage } from './layout/NotFoundPage';
import { QueuesPage } from './queues/QueuesPage';
import { QuickRepliesPage } from './quickReplies/QuickRepliesPage';
import { ScheduledMessagesPage } from './scheduledMessages/ScheduledMessagesPage';
import { SettingsPage } from './settings/SettingsPage';
import { TagsPage } from './tags/TagsPage';
import { CloseReasonsPage } from './closing/CloseReasonsPage';
import { TicketsPage } from './tickets/TicketsPage';
import { UsersPage } from './users/UsersPage';
import { TeamPage } from './team/TeamPage';

const guarded = (allowed: (user: User | null) => boolean, page: ReactNode) => <RequireProfile allowed={allowed}>{page}</RequireProfile>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="tickets/:ref?" element={guarded(canUseInbox, <TicketsPage />)} />
          <Route path="dashboard" element={guarded(canSeeDashboard, <DashboardPage />)} />
          <Route path="team" element={guarded(canSeeTeam, <TeamPage />)} />
          <Route path="contacts" element={guarded(canReadContacts, <ContactsPage />)} />
          <Route path="connections" element={guarded(canManageConnections, <ConnectionsPage />)} />
          <Route path="queues" element={guarded(canManageQueues, <QueuesPage />)} />
          <Route path="ai-agents" element={guarded(canReadAiAgents, <AiAgentsPage />)} />
          <Route path="ai-agents/usage" element={guarded(canReadAiAgents, <AiUsagePage />)} />
          <Route path="users" element={guarded(canReadUsers, <UsersPage />)} />
          <Route path="internal-chat/:id?" element={<InternalChatPage />} />
          <Route path="scheduled-messages" element={guarded(canUseInbox, <ScheduledMessagesPage />)} />
          <Route path="campaigns" element={guarded(canManageCampaigns, <CampaignsPage />)} />
          <Route path="campaigns/new" element={guarded(canManageCampaigns, <CampaignWizardPage />)} />
          <Route path="campaigns/:id" element={guarded(canManageCampaigns, <CampaignPage />)} />
          <Route path="deals/:id?" element={guarded(canUseCrm, <DealsPage />)} />
          <Route path="tasks" element={guarded(canUseCrm, <TasksPage />)} />
          <Route path="pipelines" element={guarded(canManagePipelines, <PipelinesPage />)} />
          <Route path="contact-lists" element={guarded(canManageCampaigns, <ContactListsPage />)} />
          <Route path="contact-lists/:id" element={guarded(canManageCampaigns, <ContactListPage />)} />
          <Route path="quick-replies" element={guarded(canManageQuickReplies, <QuickRepliesPage />)} />
          <Route path="tags" element={guarded(canManageTags, <TagsPage />)} />
          <Route path="close-reasons" element={guarded(canManageQueues, <CloseReasonsPage />)} />
          <Route path="settings" element={guarded(canManageSettings, <SettingsPage />)} />
          <Route path="api-tokens" element={guarded(canManageIntegrations, <ApiTokensPage />)} />
          <Route path="webhooks" element={guarded(canManageIntegrations, <WebhooksPage />)} />
          <Route path="webhooks/:id" element={guarded(canManageIntegrations, <WebhookPage />)} />
          <Route path="companies" element={guarded(canManageCompanies, <CompaniesPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
