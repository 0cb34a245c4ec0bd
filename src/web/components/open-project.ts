import { createContext, useContext } from 'react';

/** Opens a project's drawer from anywhere in a region's view (a pipeline card, the attention list, a duplicate). */
export const OpenProjectContext = createContext<(projectId: string) => void>(() => {});

export function useOpenProject(): (projectId: string) => void {
  return useContext(OpenProjectContext);
}
