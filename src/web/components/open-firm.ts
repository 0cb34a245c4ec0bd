import { createContext, useContext } from 'react';

/** Opens a firm's profile from any page where its name appears. */
export const OpenFirmContext = createContext<(enterpriseId: string) => void>(() => {});

export function useOpenFirm(): (enterpriseId: string) => void {
  return useContext(OpenFirmContext);
}
