import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from './api/queryClient';
import { AuthProvider } from './auth/AuthProvider';
import { FeedbackProvider } from './common/FeedbackProvider';
import { SocketProvider } from './realtime/SocketProvider';
import { AppThemeProvider } from './theme/AppThemeProvider';
import './i18n';

/** Every app-wide provider in dependency order; tests wrap pages with it too (with their own router). */
export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <AppThemeProvider>
        <FeedbackProvider>
          <AuthProvider>
            <SocketProvider>{children}</SocketProvider>
          </AuthProvider>
        </FeedbackProvider>
      </AppThemeProvider>
    </QueryClientProvider>
  );
}
