import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client';
import { ChainForEditingQuery, EditChainMutation } from '../api/operations/library';
import { useOperation, useQuery } from '../api/use-operation';
import type { ChainChanges, ChainForEditingQuery as ChainForEditing, LinkStage } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

type EditedChain = NonNullable<ChainForEditing['chain']>;
type EditedLink = EditedChain['links'][number];
const STAGES: LinkStage[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM', 'SERVICE'];
/** "鞋底, 大底，中底" → ["鞋底", "大底", "中底"]: commas of either language. */
const wordsOf = (text: string) =>
  text
    .split(/[,，、]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * An administrator's editor of one chain: each link's names and 挂链 rules, a new link, a feed drawn or removed, and
 * the chain's history. Every change is saved on its own with the version shown, so a stale one is refused.
 */
export function ChainEditor({ chainId, onClose, onChanged }: { chainId: string; onClose(): void; onChanged(): void }) {
  const { library, label } = useTexts();
  const chain = useQuery(ChainForEditingQuery, { chainId });
  const editChain = useOperation(EditChainMutation);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = chain.data?.chain;

  const save = async (changes: ChainChanges) => {
    if (!edited) return;
    setProblem(null);
    setBusy(true);
    try {
      await editChain({ chainId, expectedVersion: edited.version, changes });
      onChanged();
    } catch (error) {
      setProblem(error as ApiError);
    } finally {
      setBusy(false);
      chain.reload();
    }
  };

  return (
    <aside className="drawer chain-editor" role="dialog" aria-modal="false" aria-labelledby="editor-title" data-testid="chain-editor">
      <header className="drawer-header">
        <h3 id="editor-title">
          {library.editorTitle}
          {edited && (
            <>
              {': '}
              <Names named={edited} />
            </>
          )}
        </h3>
        <button type="button" className="quiet" onClick={onClose} data-testid="close-editor">
          {library.close}
        </button>
      </header>
      <p className="note">{library.editorNote}</p>
      {problem?.kind === 'conflict' ? (
        <p className="note note-error" role="alert" data-testid="editor-stale">
          {library.stale}
        </p>
      ) : problem?.kind === 'forbidden' ? (
        <p className="note note-error" role="alert">
          {library.editorOnlyAdmins}
        </p>
      ) : problem?.kind === 'invalid' ? (
        <p className="note note-error" role="alert" data-testid="editor-refused">
          {library.refused} {problem.message}
        </p>
      ) : (
        <ProblemNote problem={problem ?? chain.error} />
      )}
      {!edited && <p className="note">{label.loading}</p>}
      {edited && (
        <fieldset disabled={busy} className="editor-body">
          {edited.links.map((link) => (
            <LinkEditor key={`${link.id}@${edited.version}`} link={link} onSave={save} />
          ))}
          <FeedEditor chain={edited} onSave={save} />
          <NewLinkForm chain={edited} onSave={save} />
          <ChainHistory events={edited.events} />
        </fieldset>
      )}
    </aside>
  );
}

type Save = (changes: ChainChanges) => Promise<void>;

function LinkEditor({ link, onSave }: { link: EditedLink; onSave: Save }) {
  const { library, stage } = useTexts();
  const [name, setName] = useState(link.name);
  const [nameZh, setNameZh] = useState(link.nameZh ?? '');
  const [codes, setCodes] = useState(link.industryCodes.join(', '));
  const [keywords, setKeywords] = useState(link.keywords.join(', '));
  const [excluded, setExcluded] = useState(link.excludedKeywords.join(', '));
  const renamed = name.trim() !== link.name || nameZh.trim() !== (link.nameZh ?? '');
  const rules = { industryCodes: wordsOf(codes), keywords: wordsOf(keywords), excludedKeywords: wordsOf(excluded) };
  const rulesChanged = (['industryCodes', 'keywords', 'excludedKeywords'] as const).some(
    (field) => rules[field].join() !== link[field].join(),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave({
      ...(renamed ? { renameLinks: [{ linkId: link.id, name: name.trim(), nameZh: nameZh.trim() || null }] } : {}),
      ...(rulesChanged ? { linkRules: [{ linkId: link.id, ...rules }] } : {}),
    });
  };
  return (
    <form className="link-editor" onSubmit={submit} data-testid="link-editor" data-link-id={link.id}>
      <h4>
        <Names named={link} /> <span className="firm-facts">{stage[link.stage]}</span>
      </h4>
      <label>
        {library.rename} <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {library.renameZh} <input value={nameZh} onChange={(event) => setNameZh(event.target.value)} />
      </label>
      <label>
        {library.codes}{' '}
        <input value={codes} onChange={(event) => setCodes(event.target.value)} placeholder={library.listHint} data-testid="link-codes" />
      </label>
      <label>
        {library.keywords}{' '}
        <input
          value={keywords}
          onChange={(event) => setKeywords(event.target.value)}
          placeholder={library.listHint}
          data-testid="link-keywords"
        />
      </label>
      <label>
        {library.excluded}{' '}
        <input
          value={excluded}
          onChange={(event) => setExcluded(event.target.value)}
          placeholder={library.listHint}
          data-testid="link-excluded"
        />
      </label>
      <p className="form-actions">
        <button type="submit" disabled={!renamed && !rulesChanged} data-testid="save-link">
          {library.save}
        </button>
        <button type="button" className="quiet" onClick={() => void onSave({ removeLinkIds: [link.id] })} data-testid="remove-link">
          {library.remove}
        </button>
      </p>
    </form>
  );
}

function FeedEditor({ chain, onSave }: { chain: EditedChain; onSave: Save }) {
  const { library, language } = useTexts();
  const [from, setFrom] = useState(chain.links[0]?.id ?? '');
  const [to, setTo] = useState(chain.links[1]?.id ?? '');
  const nameById = new Map(chain.links.map((link) => [link.id, nameOf(link, language)]));
  const feeds = chain.links.flatMap((link) => link.downstream.map((next) => ({ from: link.id, to: next.id })));
  const linkChoices = chain.links.map((link) => (
    <option key={link.id} value={link.id}>
      {nameOf(link, language)}
    </option>
  ));
  return (
    <section className="feed-editor" data-testid="feed-editor">
      <h4>{library.feeds}</h4>
      <ul>
        {feeds.map((feed) => (
          <li key={`${feed.from}>${feed.to}`} data-testid="feed" data-feed={`${feed.from}>${feed.to}`}>
            {nameById.get(feed.from)} → {nameById.get(feed.to)}{' '}
            <button type="button" className="quiet" onClick={() => void onSave({ removeFeeds: [feed] })}>
              {library.remove}
            </button>
          </li>
        ))}
      </ul>
      <p className="form-actions">
        <label>
          {library.feedFrom}{' '}
          <select value={from} onChange={(event) => setFrom(event.target.value)} data-testid="feed-from">
            {linkChoices}
          </select>
        </label>{' '}
        <label>
          {library.feedTo}{' '}
          <select value={to} onChange={(event) => setTo(event.target.value)} data-testid="feed-to">
            {linkChoices}
          </select>
        </label>{' '}
        <button type="button" onClick={() => void onSave({ addFeeds: [{ from, to }] })} data-testid="add-feed">
          {library.addFeed}
        </button>
      </p>
    </section>
  );
}

function NewLinkForm({ chain, onSave }: { chain: EditedChain; onSave: Save }) {
  const { library, stage, language } = useTexts();
  const [fields, setFields] = useState({
    slug: '',
    name: '',
    nameZh: '',
    stage: 'MIDSTREAM' as LinkStage,
    codes: '',
    keywords: '',
    excluded: '',
    from: '',
  });
  const set = (field: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = `${chain.id}/${fields.slug.trim()}`;
    void onSave({
      addLinks: [
        {
          id,
          name: fields.name.trim(),
          nameZh: fields.nameZh.trim() || null,
          stage: fields.stage,
          industryCodes: wordsOf(fields.codes),
          keywords: wordsOf(fields.keywords),
          excludedKeywords: wordsOf(fields.excluded),
        },
      ],
      // A new link joins the chain by a feed: from the link chosen into it.
      ...(fields.from ? { addFeeds: [{ from: fields.from, to: id }] } : {}),
    });
  };
  return (
    <form className="new-link" onSubmit={submit} data-testid="new-link">
      <h4>{library.addLink}</h4>
      <label>
        {library.linkId} <span className="firm-facts">{chain.id}/</span>
        <input value={fields.slug} onChange={set('slug')} required pattern="[a-z0-9-]+" data-testid="new-link-id" />
      </label>
      <label>
        {library.rename} <input value={fields.name} onChange={set('name')} required data-testid="new-link-name" />
      </label>
      <label>
        {library.renameZh} <input value={fields.nameZh} onChange={set('nameZh')} data-testid="new-link-name-zh" />
      </label>
      <label>
        {library.stage}{' '}
        <select value={fields.stage} onChange={set('stage')}>
          {STAGES.map((choice) => (
            <option key={choice} value={choice}>
              {stage[choice]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {library.codes} <input value={fields.codes} onChange={set('codes')} placeholder={library.listHint} data-testid="new-link-codes" />
      </label>
      <label>
        {library.keywords}{' '}
        <input value={fields.keywords} onChange={set('keywords')} placeholder={library.listHint} data-testid="new-link-keywords" />
      </label>
      <label>
        {library.excluded} <input value={fields.excluded} onChange={set('excluded')} placeholder={library.listHint} />
      </label>
      <label>
        {library.feedFrom}{' '}
        <select value={fields.from} onChange={set('from')} data-testid="new-link-from">
          <option value="">—</option>
          {chain.links.map((link) => (
            <option key={link.id} value={link.id}>
              {nameOf(link, language)}
            </option>
          ))}
        </select>
      </label>
      <p className="form-actions">
        <button type="submit" data-testid="add-link">
          {library.addLink}
        </button>
      </p>
    </form>
  );
}

function ChainHistory({ events }: { events: EditedChain['events'] }) {
  const { library } = useTexts();
  return (
    <section className="chain-history" data-testid="chain-history">
      <h4>{library.history}</h4>
      {events.length === 0 && <p className="note">{library.noHistory}</p>}
      <ol>
        {events.map((event) => (
          <li key={`${event.version}-${event.at}`} data-testid="chain-event" data-kind={event.kind} data-version={event.version}>
            <strong>
              {library.version} {event.version}
            </strong>{' '}
            {library.eventKind[event.kind]} · {when(event.at)} · {library.by} {event.by}
            {event.note && <span className="firm-facts"> · {event.note}</span>}
            {event.changes.length > 0 && (
              <ul>
                {event.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
