import type { ServerToClientEvents } from '@atende/contract';
import { createContext } from 'react';
import type { Socket } from 'socket.io-client';

/** The socket of the signed-in user, typed with the events the server emits (@atende/contract). */
export type AppSocket = Socket<ServerToClientEvents>;

export const SocketContext = createContext<AppSocket | null>(null);
