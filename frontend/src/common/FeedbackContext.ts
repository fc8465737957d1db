import type { AlertColor } from '@mui/material/Alert';
import { createContext, useContext } from 'react';

export interface FeedbackContextValue {
  notify(message: string, severity?: AlertColor): void;
}

export const FeedbackContext = createContext<FeedbackContextValue | null>(null);

export function useFeedback(): FeedbackContextValue {
  const value = useContext(FeedbackContext);
  if (!value) throw new Error('useFeedback must be used inside <FeedbackProvider>');
  return value;
}
