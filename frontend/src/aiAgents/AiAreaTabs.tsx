import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The AI area's two pages: the agents, and what they spend. */
export function AiAreaTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = pathname.startsWith('/ai-agents/usage') ? '/ai-agents/usage' : '/ai-agents';
  return (
    <Tabs value={current} aria-label={t('aiUsage.tabs.label')} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Tab label={t('aiUsage.tabs.agents')} value="/ai-agents" component={Link} to="/ai-agents" />
      <Tab label={t('aiUsage.tabs.usage')} value="/ai-agents/usage" component={Link} to="/ai-agents/usage" />
    </Tabs>
  );
}
