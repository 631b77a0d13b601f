/**
 * Commands from the menu or a shortcut reach the component that owns the action (the activities
 * screen opens its "Log an activity" dialog as its button does). A command for a screen not shown
 * yet waits until that screen is there.
 */
import { useEffect, useRef } from 'react';
import type { CommandId } from '../../shared/commands';

const listeners = new Map<CommandId, Set<() => void>>();
let pending: CommandId | null = null;

/** Runs `id` in the component that handles it, now or as soon as it is shown. */
export function deliverCommand(id: CommandId): void {
  const handlers = listeners.get(id);
  if (handlers && handlers.size > 0) {
    pending = null;
    for (const handler of handlers) handler();
  } else pending = id;
}

/** This component runs `id` (while it is shown). */
export function useCommand(id: CommandId, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run = () => latest.current();
    const set = listeners.get(id) ?? new Set();
    listeners.set(id, set);
    set.add(run);
    if (pending === id) {
      pending = null;
      run();
    }
    return () => {
      set.delete(run);
    };
  }, [id]);
}
