import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from './api/client';
import { ApiSessionContext, type ApiSession } from './api/session-context';
import { ChainBrief } from './components/ChainBrief';
import { FirmProfile } from './components/FirmProfile';
import { OpenFirmContext } from './components/open-firm';
import { ProblemBanner } from './components/ProblemBanner';
import { RegionPicker } from './components/RegionPicker';
import { RegionView } from './components/RegionView';
import { TokenBar } from './components/TokenBar';
import { TextsContext, textsFor } from './i18n';
import {
  briefInAddress,
  regionInAddress,
  showRegionInAddress,
  storedLanguage,
  storedToken,
  storeLanguage,
  storeToken,
  type Language,
} from './session';

export function App() {
  const [language, setLanguage] = useState<Language>(storedLanguage);
  const [token, setToken] = useState<string | null>(storedToken);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [regionId, setRegionId] = useState<string | null>(regionInAddress);
  const [openFirmId, setOpenFirmId] = useState<string | null>(null);
  const [briefChainId, setBriefChainId] = useState<string | null>(briefInAddress);

  // The address is the view: a brief's link, or the way back from it, changes only the hash.
  useEffect(() => {
    const follow = () => {
      setRegionId(regionInAddress());
      setBriefChainId(briefInAddress());
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const texts = useMemo(() => textsFor(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = `${texts.label.title} · chain-graph`;
  }, [language, texts]);

  const reportProblem = useCallback((error: ApiError) => setProblem(error), []);
  const session = useMemo<ApiSession>(() => ({ token, language, reportProblem, attempt }), [token, language, reportProblem, attempt]);

  const changeToken = (next: string | null) => {
    storeToken(next);
    setToken(next);
    setProblem(null);
  };
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
      <ApiSessionContext.Provider value={session}>
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
              <TokenBar token={token} onChange={changeToken} />
            </div>
          </header>
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
          {regionId && briefChainId ? (
            <ChainBrief key={`${regionId}/${briefChainId}`} regionId={regionId} chainId={briefChainId} />
          ) : regionId ? (
            <RegionView key={regionId} regionId={regionId} />
          ) : (
            <p className="note page-hint">{texts.label.chooseRegion}</p>
          )}
          {openFirmId && <FirmProfile key={openFirmId} enterpriseId={openFirmId} onClose={() => setOpenFirmId(null)} />}
        </OpenFirmContext.Provider>
      </ApiSessionContext.Provider>
    </TextsContext.Provider>
  );
}
