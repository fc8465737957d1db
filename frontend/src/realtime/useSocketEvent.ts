import type { ServerEventName, ServerEventPayload } from '@atende/contract';
import { useContext, useEffect, useRef } from 'react';
import { SocketContext } from './SocketContext';

/**
 * Subscribes to a server event for the component's lifetime; the latest handler is always the one called.
 * The payload is typed by the event's name (@atende/contract's ServerToClientEvents).
 */
export function useSocketEvent<E extends ServerEventName>(name: E, handler: (payload: ServerEventPayload<E>) => void): void {
  const socket = useContext(SocketContext);
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });

  useEffect(() => {
    if (!socket) return;
    // socket.io types a listener by a conditional type on the event name, which TypeScript cannot resolve
    // for a generic name: the signature above is what ties the payload to the event.
    const listener = (payload: ServerEventPayload<E>) => handlerRef.current(payload);
    socket.on(name, listener as never);
    return () => {
      socket.off(name, listener as never);
    };
  }, [socket, name]);
}
