import type { Entries } from './types';
import { registryEntries } from './registry.entries';

/** All modules' entries. A module adds its file here, one line each. */
export const ALL_ENTRIES: Entries = {
  ...registryEntries,
};
