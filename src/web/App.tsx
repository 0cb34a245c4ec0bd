import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from './api/client';
import { ApiSessionContext, type ApiSession } from './api/session-context';
import { ChainBrief } from './components/ChainBrief';
import { NationalMap } from './components/ChainAcrossRegions';
import { FirmProfile } from './components/FirmProfile';
import { OpenFirmContext } from './components/open-firm';
import { BusyNote, ProblemBanner } from './components/ProblemBanner';
import { RegionPicker } from './components/RegionPicker';
import { PublicRegion } from './components/PublicRegion';
import { RegionView } from './components/RegionView';
import { SignInBar } from './components/SignInBar';
import { TextsContext, textsFor } from './i18n';
import { briefInAddress, regionInAddress, showRegionInAddress, storedLanguage, storeLanguage, storeToken, type Language } from './session';
import { signIn, signOut } from './sign-in';
import { useSignIn } from './use-sign-in';

export function App() {
  const [language, setLanguage] = useState<Language>(storedLanguage);
  const [attempt, setAttempt] = useState(0);
  const [regionId, setRegionId] = useState<string | null>(regionInAddress);
  const [openFirmId, setOpenFirmId] = useState<string | null>(null);
  const [briefChainId, setBriefChainId] = useState<string | null>(briefInAddress);
  const texts = useMemo(() => textsFor(language), [language]);

  // The address is the view: a brief's link, or the way back from it, changes only the hash.
  const followAddress = useCallback(() => {
    setRegionId(regionInAddress());
    setBriefChainId(briefInAddress());
  }, []);
  useEffect(() => {
    window.addEventListener('hashchange', followAddress);
    return () => window.removeEventListener('hashchange', followAddress);
  }, [followAddress]);
  // Back from the provider, the view the planner left is in the address again.
  const { method, session, problem, setProblem, reportProblem, startSession } = useSignIn(followAddress);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = `${texts.label.title} · chain-graph`;
  }, [language, texts]);

  const token = session?.token ?? null;
  const apiSession = useMemo<ApiSession>(() => ({ token, language, reportProblem, attempt }), [token, language, reportProblem, attempt]);

  const changeLanguage = () => {
    const next = language === 'zh' ? 'en' : 'zh';
    storeLanguage(next);
    setLanguage(next);
  };
  const pickRegion = (id: string) => {
    showRegionInAddress(id);
    setRegionId(id);
    setBriefChainId(null);
  };

  return (
    <TextsContext.Provider value={texts}>
      <ApiSessionContext.Provider value={apiSession}>
        <OpenFirmContext.Provider value={setOpenFirmId}>
          <header className="page-header no-print">
            <div className="brand">
              <h1>{texts.label.title}</h1>
              <p>{texts.label.subtitle}</p>
            </div>
            <RegionPicker onPick={pickRegion} />
            <div className="page-tools">
              <button type="button" className="quiet" onClick={changeLanguage} data-testid="language">
                {texts.label.language}
              </button>
              <SignInBar
                method={method}
                session={session}
                regionId={regionId}
                onSignIn={(picked) =>
                  method &&
                  void signIn(method, picked).then(
                    (next) => next && startSession(next),
                    (error: unknown) => setProblem(new ApiError('invalid', String(error))),
                  )
                }
                onPasteToken={(pasted) => {
                  storeToken(pasted);
                  startSession({ token: pasted, name: null });
                }}
                onSignOut={() => method && void signOut(method).then(() => startSession(null))}
              />
            </div>
          </header>
          <BusyNote />
          {problem && (
            <ProblemBanner
              problem={problem}
              onRetry={() => {
                setProblem(null);
                setAttempt((count) => count + 1);
              }}
              onDismiss={() => setProblem(null)}
            />
          )}
          {!method ? (
            <p className="note page-hint">{texts.label.loading}</p>
          ) : regionId && briefChainId ? (
            <ChainBrief key={`${regionId}/${briefChainId}`} regionId={regionId} chainId={briefChainId} />
          ) : regionId && token ? (
            <RegionView key={regionId} regionId={regionId} />
          ) : regionId ? (
            <PublicRegion key={regionId} regionId={regionId} />
          ) : (
            <>
              <p className="note page-hint">{texts.label.chooseRegion}</p>
              {token && <NationalMap />}
            </>
          )}
          {openFirmId && <FirmProfile key={openFirmId} enterpriseId={openFirmId} onClose={() => setOpenFirmId(null)} />}
        </OpenFirmContext.Provider>
      </ApiSessionContext.Provider>
    </TextsContext.Provider>
  );
}
