/** The planner's token lives for the browser session only (sessionStorage), never in localStorage or a cookie. */
const TOKEN_KEY = 'chain-graph.token';
const LANGUAGE_KEY = 'chain-graph.language';

import type { Language } from '../domain/readable-numbers';

export type { Language };

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function storeLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
}

/** The region in the address (`#region=shangcai`), so a view can be bookmarked and shared. */
export function regionInAddress(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('region');
}

export function showRegionInAddress(regionId: string): void {
  history.replaceState(null, '', `#region=${encodeURIComponent(regionId)}`);
}

/** The chain whose printable brief is open (`#region=shangcai&brief=footwear`). */
export function briefInAddress(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('brief');
}

export function briefAddress(regionId: string, chainId: string): string {
  return `#region=${encodeURIComponent(regionId)}&brief=${encodeURIComponent(chainId)}`;
}
