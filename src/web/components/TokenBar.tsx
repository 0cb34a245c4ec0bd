import { useState, type FormEvent } from 'react';
import { useTexts } from '../i18n';

/** Sign-in by pasting a token (development and pilots); it is kept for this browser session only. */
export function TokenBar({ token, onChange }: { token: string | null; onChange(token: string | null): void }) {
  const { label } = useTexts();
  const [draft, setDraft] = useState('');
  if (token) {
    return (
      <div className="token-bar">
        <span data-testid="signed-in">{label.signedIn}</span>
        <button type="button" className="quiet" onClick={() => onChange(null)}>
          {label.signOut}
        </button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) onChange(draft.trim());
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
