import { useMemo, useState } from 'react';
import { percent } from '../../domain/readable-numbers';
import type { ApiError } from '../api/client';
import { AdoptChainTemplateMutation, ChainTemplatesQuery } from '../api/operations/library';
import { useOperation, useQuery } from '../api/use-operation';
import type { ChainTemplatesQuery as ChainTemplatesData } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { ChainDag } from './ChainDag';
import { statesByLink, type RegionData } from './chain-data';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

type Template = ChainTemplatesData['chainTemplates'][number];

interface ChainLibraryProps {
  region: RegionData;
  /** Called once a template is adopted: the region's chains are read again. */
  onAdopted(): void;
  /** Opens the chains view. */
  onShowChains(): void;
}

/** The national chain templates: pick one, see its links, codes and products, adopt it for the region on screen. */
export function ChainLibrary({ region, onAdopted, onShowChains }: ChainLibraryProps) {
  const texts = useTexts();
  const { library } = texts;
  const templates = useQuery(ChainTemplatesQuery, {});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const list = templates.data?.chainTemplates ?? [];
  const selected = list.find((template) => template.id === selectedId) ?? list[0];
  const sorted = useMemo(
    () => [...list].sort((a, b) => nameOf(a, texts.language).localeCompare(nameOf(b, texts.language), texts.language)),
    [list, texts.language],
  );

  if (!templates.data) return templates.loading ? <p className="note">{texts.label.loading}</p> : <ProblemNote problem={templates.error} />;
  return (
    <div className="chain-library" data-testid="chain-library">
      <p className="note">{library.intro}</p>
      <div className="library-columns">
        <nav className="template-list" aria-label={library.templates}>
          <ul>
            {sorted.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="quiet"
                  aria-pressed={template.id === selected?.id}
                  data-testid="template"
                  data-template-id={template.id}
                  onClick={() => setSelectedId(template.id)}
                >
                  {nameOf(template, texts.language)}{' '}
                  <span className="firm-facts">
                    {template.links.length} {library.links}
                  </span>
                  {region.chainOverview.some((overview) => overview.chain.id === template.id) && (
                    <span className="chip chip-done" title={library.leading}>
                      ✓
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {selected && (
          <TemplateDetail key={selected.id} template={selected} region={region} onAdopted={onAdopted} onShowChains={onShowChains} />
        )}
      </div>
    </div>
  );
}

function TemplateDetail({ template, region, onAdopted, onShowChains }: { template: Template } & ChainLibraryProps) {
  const texts = useTexts();
  const { library, language } = texts;
  const adoptTemplate = useOperation(AdoptChainTemplateMutation);
  const [adopting, setAdopting] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const overview = region.chainOverview.find((candidate) => candidate.chain.id === template.id);
  // Drawn as the map draws a chain: each link with the links it feeds.
  const chain = useMemo(
    () => ({
      id: `template-${template.id}`,
      name: template.name,
      nameZh: template.nameZh,
      links: template.links.map((link) => ({
        ...link,
        downstream: template.feeds.filter((feed) => feed.from === link.id).map((feed) => ({ id: feed.to })),
      })),
    }),
    [template],
  );

  const adopt = async () => {
    setAdopting(true);
    setProblem(null);
    try {
      await adoptTemplate({ regionId: region.id, templateId: template.id });
      onAdopted();
    } catch (error) {
      setProblem(error as ApiError);
    } finally {
      setAdopting(false);
    }
  };

  const states = overview ? statesByLink(overview.links) : new Map();
  const present = overview?.links.filter((link) => link.localEnterpriseCount > 0).length ?? 0;
  return (
    <section className="template-detail" data-testid="template-detail" aria-labelledby={`template-${template.id}`}>
      <header className="chain-header">
        <h3 id={`template-${template.id}`}>
          <Names named={template} />
        </h3>
        <p className="firm-facts">
          {library.version} {template.version} · {library.sources}: {template.sources.join('; ')}
        </p>
        {overview ? (
          <p data-testid="adopted-summary">
            <strong>{library.leading}</strong> — {texts.label.completeness} <strong>{percent(overview.completeness)}</strong>.{' '}
            {library.adoptedSummary(present, overview.links.length)}{' '}
            <button type="button" className="quiet" onClick={onShowChains} data-testid="show-chains">
              {library.openChains}
            </button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => void adopt()} disabled={adopting} data-testid="adopt">
              {adopting ? library.adopting : `${library.adopt} ${nameOf(region, language)}`}
            </button>
          </p>
        )}
        <ProblemNote problem={problem} />
      </header>
      <div className="chain-dag-frame">
        <ChainDag chain={chain} states={states} selectedLinkId={null} onSelect={() => undefined} fit />
      </div>
      <table className="template-links" data-testid="template-links">
        <thead>
          <tr>
            <th>{library.link}</th>
            <th>{library.stage}</th>
            <th>{library.codes}</th>
            <th>{library.products}</th>
            <th>{library.keywords}</th>
          </tr>
        </thead>
        <tbody>
          {template.links.map((link) => (
            <tr key={link.id} data-testid="template-link" data-link-id={link.id}>
              <td>
                <Names named={link} />
              </td>
              <td>{texts.stage[link.stage]}</td>
              <td>{link.industryCodes.join(' ')}</td>
              <td>{(language === 'zh' ? link.productsZh : link.products).join(language === 'zh' ? '、' : ', ')}</td>
              <td>
                {link.keywords.join(language === 'zh' ? '、' : ', ')}
                {link.excludedKeywords.length > 0 && (
                  <span className="firm-facts">
                    {' '}
                    ({library.excluded}: {link.excludedKeywords.join(language === 'zh' ? '、' : ', ')})
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
