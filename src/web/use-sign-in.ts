import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api/client';
import { loadSignInMethod, renewedSession, sessionOf, signOut, startingSession, type Session, type SignInMethod } from './sign-in';

const sessionEnded = () => new ApiError('unauthenticated', 'session ended');

/**
 * The page's session: how this deployment signs in, the session it starts with (back from the provider, or kept),
 * renewal when the provider's access token expires, and what a refused token does — renew when the provider can,
 * otherwise end the session and ask again over the public view, never a blank page.
 */
export function useSignIn(onStarted: () => void) {
  const [method, setMethod] = useState<SignInMethod | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const endOrRenew = useCallback((renewed: Session | null) => {
    setSession(renewed);
    if (!renewed) setProblem(sessionEnded());
  }, []);

  // How this deployment signs in, and the session the page starts with (back from the provider, or kept).
  useEffect(() => {
    let current = true;
    void (async () => {
      let loaded: SignInMethod;
      let starting: { session: Session | null; ended: boolean } = { session: null, ended: false };
      try {
        loaded = await loadSignInMethod();
        starting = await startingSession(loaded);
      } catch {
        loaded = { kind: 'token' };
      }
      if (!current) return;
      if (loaded.kind === 'oidc') {
        loaded.manager.events.addUserLoaded((user) => setSession(sessionOf(user)));
        loaded.manager.events.addAccessTokenExpired(() => void renewedSession(loaded).then(endOrRenew));
      }
      setMethod(loaded);
      setSession(starting.session);
      if (starting.ended) setProblem(sessionEnded());
      onStarted();
    })();
    return () => {
      current = false;
    };
  }, [endOrRenew, onStarted]);

  const reportProblem = useCallback(
    (error: ApiError) => {
      // Not signed in: the view itself says what signing in shows; no alarm.
      if (error.kind === 'unauthenticated' && !session) return;
      if (error.kind === 'unauthenticated' && method?.kind === 'oidc') {
        void renewedSession(method).then(endOrRenew);
        return;
      }
      if (error.kind === 'unauthenticated') void signOut(method ?? { kind: 'token' }).then(() => setSession(null));
      setProblem(error);
    },
    [method, session, endOrRenew],
  );

  const startSession = useCallback((next: Session | null) => {
    setSession(next);
    setProblem(null);
  }, []);
  return { method, session, problem, setProblem, reportProblem, startSession };
}
