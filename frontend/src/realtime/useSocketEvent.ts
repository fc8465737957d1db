import { useContext, useEffect, useRef } from 'react';
import { SocketContext } from './SocketContext';

/** Subscribes to a server event for the component's lifetime; the latest handler is always the one called. */
export function useSocketEvent<T>(name: string, handler: (payload: T) => void): void {
  const socket = useContext(SocketContext);
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });

  useEffect(() => {
    if (!socket) return;
    const listener = (payload: T) => handlerRef.current(payload);
    socket.on(name, listener);
    return () => {
      socket.off(name, listener);
    };
  }, [socket, name]);
}
