import { BriefProjectsQuery, ChainBriefQuery } from '../api/operations/briefs';
import { useQuery } from '../api/use-operation';
import { percent } from '../../domain/readable-numbers';
import type { BriefProjectsQuery as BriefProjectsData, ChainBriefQuery as ChainBriefData, GapKind } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { ChainDag } from './ChainDag';
import { Legend } from './ChainCard';
import { statesByLink } from './chain-data';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

type Brief = ChainBriefData & { region: NonNullable<ChainBriefData['region']> };
const GAP_ORDER: GapKind[] = ['FILL', 'EXTEND', 'STRENGTHEN'];

/**
 * The recruitment brief (招商简报) of one chain in one region, laid out for A4: what the chain looks like here, each
 * gap with why and the firms to approach first, and the projects under way. "Print" and "Save as PDF" both open the
 * browser's print dialog, whose print stylesheet leaves out every control.
 */
export function ChainBrief({ regionId, chainId }: { regionId: string; chainId: string }) {
  const { label } = useTexts();
  const brief = useQuery(ChainBriefQuery, { regionId, chainId });
  const projects = useQuery(BriefProjectsQuery, { regionId });
  const data = brief.data;
  return (
    <main className="brief" data-testid="brief">
      <nav className="brief-tools no-print">
        <a className="button-link" href={`#region=${encodeURIComponent(regionId)}`} data-testid="back-to-map">
          {label.backToMap}
        </a>
        <button type="button" onClick={() => window.print()} data-testid="print">
          {label.print}
        </button>
        <button type="button" className="quiet" onClick={() => window.print()} data-testid="save-pdf" title={label.savePdfHint}>
          {label.savePdf}
        </button>
        <span className="note">{label.savePdfHint}</span>
      </nav>
      {brief.loading && !data && <p className="note">{label.loading}</p>}
      <ProblemNote problem={brief.error ?? projects.error} />
      {data?.region && projects.data?.region && (
        <BriefBody brief={data as Brief} projects={projects.data.region.projects} chainId={chainId} />
      )}
    </main>
  );
}

type BriefProject = NonNullable<BriefProjectsData['region']>['projects'][number];
const INACTIVE = new Set(['DROPPED', 'OPERATING']);

function BriefBody({ brief, projects: regionProjects, chainId }: { brief: Brief; projects: BriefProject[]; chainId: string }) {
  const texts = useTexts();
  const { label, gapKind, language } = texts;
  const overview = brief.region.chainOverview.find((candidate) => candidate.chain.id === chainId);
  if (!overview) return <p className="note">{label.noLeadingChains}</p>;
  const present = overview.links.filter((link) => link.state !== 'MISSING').length;
  const gaps = [...brief.chainGaps.gaps].sort((a, b) => GAP_ORDER.indexOf(a.kind) - GAP_ORDER.indexOf(b.kind));
  const linkNames = new Map(overview.chain.links.map((link) => [link.id, link]));
  const projects = regionProjects.filter((project) => project.link && linkNames.has(project.link.id) && !INACTIVE.has(project.status));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="brief-page">
      <header className="brief-header">
        <h2 data-testid="brief-title">
          {nameOf(brief.region, language)} · {nameOf(overview.chain, language)} · {label.brief}
        </h2>
        <p className="note">
          {brief.region.parent && `${nameOf(brief.region.parent, language)} · `}
          {label.briefDate} {today}
        </p>
        <p className="brief-summary" data-testid="brief-summary">
          {label.completeness} <strong>{percent(overview.completeness)}</strong> ({present}/{overview.chain.links.length} {label.links}) ·{' '}
          {gapKind.FILL} {overview.fillCount} · {gapKind.EXTEND} {overview.extendCount} · {gapKind.STRENGTHEN} {overview.strengthenCount} ·{' '}
          {label.chief}: {overview.chief ?? label.noneSet}
        </p>
      </header>
      <section className="brief-chain">
        <Legend />
        <ChainDag chain={overview.chain} states={statesByLink(overview.links)} selectedLinkId={null} onSelect={() => {}} fit />
      </section>
      <section className="brief-gaps" data-testid="brief-gaps">
        <h3>{label.briefGaps}</h3>
        {gaps.length === 0 && <p className="note">{label.noGap}</p>}
        {gaps.map((gap) => (
          <div className="brief-gap" key={gap.link.id} data-testid="brief-gap">
            <h4>
              <Names named={gap.link} /> <span className="chip">{gapKind[gap.kind]}</span>
            </h4>
            <ul className="reasons">
              {gap.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {gap.candidates.length > 0 && (
              <table className="brief-candidates">
                <thead>
                  <tr>
                    <th>{label.candidates}</th>
                    <th>{label.score}</th>
                    <th>{label.reasons}</th>
                  </tr>
                </thead>
                <tbody>
                  {gap.candidates.map((candidate) => (
                    <tr key={candidate.enterprise.id} data-testid="brief-candidate">
                      <td>
                        <FirmName firm={candidate.enterprise} />
                        <div className="firm-facts">
                          <Names named={candidate.enterprise.region} />
                        </div>
                      </td>
                      <td>{candidate.score.toFixed(2)}</td>
                      <td>{candidate.reasons.join(language === 'zh' ? '；' : '; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </section>
      <section className="brief-projects" data-testid="brief-projects">
        <h3>{label.briefProjects}</h3>
        {projects.length === 0 ? (
          <p className="note">{label.noBriefProjects}</p>
        ) : (
          <table className="brief-candidates">
            <thead>
              <tr>
                <th>{label.projectName}</th>
                <th>{label.enterprise}</th>
                <th>{label.status}</th>
                <th>{label.officer}</th>
                <th>{label.followUpAt}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((project) => (
                <tr key={project.id} data-testid="brief-project">
                  <td>
                    {project.name}
                    <div className="firm-facts">{nameOf(linkNames.get(project.link!.id)!, language)}</div>
                  </td>
                  <td>
                    <FirmName firm={project.enterprise} />
                  </td>
                  <td>{texts.projectStatus[project.status]}</td>
                  <td>{project.officer ?? '—'}</td>
                  <td>{project.followUpAt ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
