import type { ClientToServerEvents, ServerToClientEvents } from '@atende/contract';
import { createContext } from 'react';
import type { Socket } from 'socket.io-client';

/** The socket of the signed-in user, typed with the events of @atende/contract both ways. */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const SocketContext = createContext<AppSocket | null>(null);
