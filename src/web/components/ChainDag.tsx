import { useMemo } from 'react';
import { firms } from '../../domain/readable-numbers';
import { layoutChain, LINK_BOX } from '../chain-layout';
import type { LinkState } from '../generated/graphql';
import { nameOf, namesOf, useTexts } from '../i18n';
import type { ChainOverviewData, LinkStateData } from './chain-data';

const MAX_LABEL_WIDTH = LINK_BOX.width - 14;

/** Never shrink a chain below this share of its natural size: labels stay readable, the frame scrolls instead. */
/** Han characters take about a font size of width, Latin about half. */
function fitLabel(text: string, fontSize: number): string {
  let width = 0;
  let fitted = '';
  for (const character of text) {
    width += /\p{Script=Han}/u.test(character) ? fontSize : fontSize * 0.56;
    if (width > MAX_LABEL_WIDTH) return `${fitted.trimEnd()}…`;
    fitted += character;
  }
  return fitted;
}

interface ChainDagProps {
  chain: ChainOverviewData['chain'];
  states: ReadonlyMap<string, LinkStateData>;
  selectedLinkId: string | null;
  onSelect(linkId: string): void;
  /** Scaled down to the frame's width (whole chain in view), or at its own size (the frame scrolls). */
  fit: boolean;
}

/** One chain as its DAG, upstream on the left, each link coloured by its state in the region. */
export function ChainDag({ chain, states, selectedLinkId, onSelect, fit }: ChainDagProps) {
  const texts = useTexts();
  const layout = useMemo(
    () =>
      layoutChain({
        linkIds: chain.links.map((link) => link.id),
        feeds: chain.links.flatMap((link) => link.downstream.map((next) => ({ from: link.id, to: next.id }))),
      }),
    [chain],
  );
  const linkById = new Map(chain.links.map((link) => [link.id, link]));
  const markerId = `arrow-${chain.id}`;

  return (
    <svg
      className="chain-dag"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={fit ? { maxWidth: layout.width } : { width: layout.width, maxWidth: 'none' }}
      data-fit={fit}
      role="group"
      aria-label={nameOf(chain, texts.language)}
      data-testid={`chain-dag-${chain.id}`}
    >
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="feed-arrow" />
        </marker>
      </defs>
      {layout.feeds.map((feed) => (
        <polyline
          key={`${feed.from}-${feed.to}`}
          className="feed"
          points={feed.points.map((point) => `${point.x},${point.y}`).join(' ')}
          markerEnd={`url(#${markerId})`}
        />
      ))}
      {layout.links.map((placed) => {
        const link = linkById.get(placed.id)!;
        // Without states (the public view, before signing in) a link is drawn neutral: its state is not known.
        const state: LinkState | null = states.size === 0 ? null : (states.get(placed.id)?.state ?? 'MISSING');
        const overview = states.get(placed.id);
        const names = namesOf(link, texts.language);
        const count = overview?.localEnterpriseCount ?? 0;
        const projects = overview?.activeProjects.length ?? 0;
        const detail =
          state === null
            ? texts.stage[link.stage]
            : `${firms(count, texts.language)}${overview?.gapKind ? ` · ${texts.gapKindShort[overview.gapKind]}` : ''}`;
        const stateName = state === null ? null : texts.linkState[state];
        return (
          <g
            key={placed.id}
            className={`link link-${state?.toLowerCase() ?? 'unknown'}${placed.id === selectedLinkId ? ' link-selected' : ''}`}
            transform={`translate(${placed.x},${placed.y})`}
            role="button"
            tabIndex={0}
            aria-pressed={placed.id === selectedLinkId}
            aria-label={`${names.primary}: ${[stateName, detail].filter(Boolean).join(', ')}${projects > 0 ? `, ${projects} ${texts.label.projectsTargeting}` : ''}`}
            data-link-id={placed.id}
            data-state={state ?? 'UNKNOWN'}
            onClick={() => onSelect(placed.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(placed.id);
              }
            }}
          >
            <title>{[names.primary, names.secondary, stateName].filter(Boolean).join(' · ')}</title>
            <rect width={LINK_BOX.width} height={LINK_BOX.height} rx="6" />
            <text x="8" y="20" className="link-name">
              {fitLabel(names.primary, 12.5)}
            </text>
            <text x="8" y="38" className="link-detail">
              {fitLabel(detail, 11)}
            </text>
            {projects > 0 && (
              <g
                className="link-projects"
                data-testid="link-projects"
                data-count={projects}
                transform={`translate(${LINK_BOX.width - 12},12)`}
              >
                <title>{`${projects} ${texts.label.projectsTargeting}`}</title>
                <circle r="9" />
                <text textAnchor="middle" y="4">
                  {projects}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}
