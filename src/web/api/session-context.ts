import { createContext, useContext } from 'react';
import type { Language } from '../../domain/readable-numbers';
import type { ApiError } from './client';

export interface ApiSession {
  token: string | null;
  /** The page's language: the API writes its reasons in it. */
  language: Language;
  /** Problems of the whole page (server unreachable, database down, token refused) go to the banner. */
  reportProblem(error: ApiError): void;
  /** Bumped by the banner's Retry: every view loads again. */
  attempt: number;
}

export const ApiSessionContext = createContext<ApiSession>({ token: null, language: 'en', reportProblem: () => undefined, attempt: 0 });

export function useApiSession(): ApiSession {
  return useContext(ApiSessionContext);
}

/** Kinds the banner shows; the others are shown where they happened. */
export function isPageProblem(error: ApiError): boolean {
  return error.kind === 'network' || error.kind === 'unavailable' || error.kind === 'unauthenticated';
}
