import { createContext, useContext } from 'react';
import type { Connection } from '../../connections/connectionsApi';

/** The connection the open conversation goes out through (null: not known), read by its messages' ticks. */
export const ChatConnectionContext = createContext<Pick<Connection, 'name' | 'status'> | null>(null);

export function useChatConnection(): Pick<Connection, 'name' | 'status'> | null {
  return useContext(ChatConnectionContext);
}
