import { AttentionQuery } from '../api/operations/projects';
import { useQuery } from '../api/use-operation';
import type { AttentionQuery as Attention } from '../generated/graphql';
import { useTexts, type Texts } from '../i18n';
import { FirmName } from './FirmName';
import { useOpenProject } from './open-project';
import { ProblemNote } from './ProblemBanner';

type Item = NonNullable<Attention['region']>['attention'][number];

/** Why, in the page's language, from the project's own facts (the kinds say which apply). */
function whyOf(item: Item, texts: Texts): string[] {
  const zh = texts.language === 'zh';
  const why: string[] = [];
  if (item.kinds.includes('OVERDUE') && item.project.followUpAt) {
    why.push(zh ? `原定 ${item.project.followUpAt} 跟进，已逾期` : `follow-up was due on ${item.project.followUpAt}`);
  }
  for (const blocker of item.project.blockers.filter((open) => open.resolvedAt === null)) {
    why.push(`${texts.blockerKind[blocker.kind]}${zh ? '：' : ': '}${blocker.text}`);
  }
  if (item.kinds.includes('STALE')) {
    const since = item.project.updatedAt.slice(0, 10);
    why.push(zh ? `自 ${since} 以来没有进展` : `nothing done since ${since}`);
  }
  return why;
}

/** The region's active projects that need attention this week: overdue, blocked or stale (周调度). */
export function AttentionList({ regionId }: { regionId: string }) {
  const texts = useTexts();
  const { label } = texts;
  const attention = useQuery(AttentionQuery, { regionId });
  const openProject = useOpenProject();
  const items = attention.data?.region?.attention;
  return (
    <section className="attention" aria-labelledby="attention-title" data-testid="attention">
      <h3 id="attention-title">{label.attention}</h3>
      <ProblemNote problem={attention.error} />
      {items?.length === 0 && <p className="note">{label.noAttention}</p>}
      <ul>
        {items?.map((item) => (
          <li key={item.project.id} data-testid="attention-item" data-project-id={item.project.id}>
            <button type="button" className="link-button" onClick={() => openProject(item.project.id)}>
              {item.project.name}
            </button>{' '}
            <span className="firm-facts">
              <FirmName firm={item.project.enterprise} />
              {item.project.officer && ` · ${item.project.officer}`}
            </span>{' '}
            {item.kinds.map((kind) => (
              <span key={kind} className={`chip chip-attention-${kind.toLowerCase()}`}>
                {texts.attentionKind[kind]}
              </span>
            ))}
            <ul className="reasons">
              {whyOf(item, texts).map((why) => (
                <li key={why}>{why}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
