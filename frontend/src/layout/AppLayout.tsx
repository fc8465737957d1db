import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { InternalChatBadge } from '../internalChat/InternalChatBadge';
import { InternalChatProvider } from '../internalChat/InternalChatProvider';
import { NotificationCenter } from '../notifications/NotificationCenter';
import { useCatalogEvents } from '../realtime/useCatalogEvents';
import { BrandMark } from './BrandMark';
import { LanguageMenu } from './LanguageMenu';
import { SideMenu } from './SideMenu';
import { ThemeModeToggle } from './ThemeModeToggle';
import { AvailabilityToggle } from '../team/AvailabilityToggle';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 240;
/** Icons only: on a laptop (below 1280 px) the full menu left the inbox's chat ~375 px at 1024 px wide. */
const COMPACT_DRAWER_WIDTH = 72;
const FULL_MENU_QUERY = '(min-width:1280px)';
/** The attendant's choice on a laptop (full menu or icons only), per browser. */
const EXPANDED_KEY = 'atende.sideMenuExpanded';

/**
 * Top bar + side menu; on phones the menu becomes a temporary drawer behind a button, from tablets up to laptops
 * it stays but shows only icons (names in tooltips), from 1280 px it shows its labels.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const roomy = useMediaQuery(FULL_MENU_QUERY, { noSsr: true });
  const [expanded, setExpanded] = useState(() => localStorage.getItem(EXPANDED_KEY) === '1');
  const canCompact = wide && !roomy;
  const compact = canCompact && !expanded;
  const drawerWidth = compact ? COMPACT_DRAWER_WIDTH : DRAWER_WIDTH;
  const [drawerOpen, setDrawerOpen] = useState(false);
  useCatalogEvents();

  return (
    <InternalChatProvider>
      <Box sx={{ display: 'flex', minHeight: '100dvh' }}>
        <AppBar position="fixed" sx={{ zIndex: theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
          <Toolbar sx={{ gap: 1 }}>
            {wide ? null : (
              <IconButton edge="start" color="inherit" aria-label={t('layout.openMenu')} onClick={() => setDrawerOpen(true)}>
                {/* On a phone the menu is hidden: its internal chat badge shows on the button. */}
                <InternalChatBadge>
                  <MenuIcon />
                </InternalChatBadge>
              </IconButton>
            )}
            <BrandMark size={30} />
            <Typography component="span" variant="h3" sx={{ flexGrow: 1, color: 'primary.main', letterSpacing: 0.2 }}>
              {t('app.name')}
            </Typography>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <AvailabilityToggle />
              <NotificationCenter />
              <LanguageMenu />
              <ThemeModeToggle />
              <UserMenu />
            </Stack>
          </Toolbar>
        </AppBar>
        <Drawer
          variant={wide ? 'permanent' : 'temporary'}
          open={wide || drawerOpen}
          onClose={() => setDrawerOpen(false)}
          sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box', overflowX: 'hidden' } }}
        >
          <Toolbar />
          {canCompact ? (
            <Box sx={{ display: 'flex', justifyContent: compact ? 'center' : 'flex-end', px: 1, pt: 1 }}>
              <Tooltip title={compact ? t('layout.expandMenu') : t('layout.collapseMenu')} placement="right">
                <IconButton
                  size="small"
                  onClick={() => {
                    localStorage.setItem(EXPANDED_KEY, compact ? '1' : '0');
                    setExpanded(compact);
                  }}
                >
                  {compact ? <ChevronRight /> : <ChevronLeft />}
                </IconButton>
              </Tooltip>
            </Box>
          ) : null}
          <Box sx={{ pt: canCompact ? 0 : 1 }}>
            <SideMenu compact={compact} onNavigate={wide ? undefined : () => setDrawerOpen(false)} />
          </Box>
        </Drawer>
        <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 } }}>
          <Toolbar />
          <Outlet />
        </Box>
      </Box>
    </InternalChatProvider>
  );
}
