import { useState } from 'react';

/**
 * Keyset paging keeps a stack of the cursors that led to the current page; going back pops one.
 * The stack belongs to one set of filters: when `resetKey` changes we are back on page 1.
 */
export function useCursorPaging(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: string[] }>({ key: resetKey, stack: [] });
  const stack = state.key === resetKey ? state.stack : [];
  return {
    cursor: stack.at(-1),
    page: stack.length + 1,
    hasPrev: stack.length > 0,
    next: (cursor: string) => setState({ key: resetKey, stack: [...stack, cursor] }),
    prev: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
    reset: () => setState({ key: resetKey, stack: [] }),
  };
}
