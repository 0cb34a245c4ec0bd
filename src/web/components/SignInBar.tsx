import { useState, type FormEvent } from 'react';
import { ROLE_CHOICES, useTexts } from '../i18n';
import type { Session, SignInMethod } from '../sign-in';

interface SignInBarProps {
  method: SignInMethod | null;
  session: Session | null;
  /** The region on screen: the picker signs a planner in for it. */
  regionId: string | null;
  onSignIn(picked?: { role: string; regionId: string | null }): void;
  onPasteToken(token: string): void;
  onSignOut(): void;
}

/**
 * Who is signed in, and the way to sign in that this deployment offers: the organisation's account (one button), the
 * development picker (a role and the region on screen, one click), or a pasted token.
 */
export function SignInBar({ method, session, regionId, onSignIn, onPasteToken, onSignOut }: SignInBarProps) {
  const { label } = useTexts();
  const [role, setRole] = useState<string>('planner');
  const [draft, setDraft] = useState('');
  if (!method) return null;
  if (session) {
    return (
      <div className="token-bar">
        <span data-testid="signed-in">{session.name ? `${label.signedInAs} ${session.name}` : label.signedIn}</span>
        <button type="button" className="quiet" onClick={onSignOut} data-testid="sign-out">
          {label.signOut}
        </button>
      </div>
    );
  }
  if (method.kind === 'oidc') {
    return (
      <div className="token-bar">
        <button type="button" onClick={() => onSignIn()} data-testid="sign-in">
          {label.signInWithAccount}
        </button>
      </div>
    );
  }
  if (method.kind === 'development') {
    const needsRegion = role === 'planner' && !regionId;
    return (
      <div className="token-bar" data-testid="development-sign-in">
        <label htmlFor="role">{label.developmentSignIn}</label>
        <select id="role" value={role} onChange={(event) => setRole(event.target.value)}>
          {ROLE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {label[`role_${choice}`]}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={needsRegion}
          title={needsRegion ? label.chooseRegionFirst : undefined}
          onClick={() => onSignIn({ role, regionId: role === 'planner' ? regionId : null })}
          data-testid="sign-in"
        >
          {label.signIn}
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) onPasteToken(draft.trim());
    setDraft('');
  };
  return (
    <form className="token-bar" onSubmit={submit}>
      <label htmlFor="token">{label.token}</label>
      <input
        id="token"
        type="password"
        autoComplete="off"
        value={draft}
        placeholder={label.tokenPlaceholder}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit">{label.signIn}</button>
    </form>
  );
}
