import type { ComponentType } from 'react';

/**
 * An options section: the one component of a domain that binds its settings (through
 * `useSettings()` in lib/ui/settings.ts, or the domain's own hook) and renders the domain's
 * props-in, callbacks-out components. Registered in `sections.ts`.
 */
export type OptionsSection = ComponentType;
