import { useState } from 'react';

/**
 * Whether `value` differs from the one of the previous render (false on the first). State that starts over
 * when a prop changes (a dialog opens, another ticket is shown) is reset during that very render, as React
 * advises (react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes): an effect
 * would paint the stale state first and render twice.
 */
export function useChanged(value: unknown): boolean {
  const [previous, setPrevious] = useState(value);
  if (Object.is(previous, value)) return false;
  setPrevious(value);
  return true;
}
