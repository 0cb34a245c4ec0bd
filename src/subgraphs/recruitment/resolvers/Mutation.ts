import { createHash, randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound, outsideRegion } from '../../../graphql/errors.js';
import { projectScope, type Viewer } from '../../../auth/viewer.js';
import { AdoptionRefusedError } from '../../../dataset/adopt-template.js';
import { chainOverview } from '../gaps/analysis.js';
import type { MutationResolvers, SiteNeedInput } from '../generated/resolvers-types.js';
import type { SiteNeed } from '../../../domain/carrier-matching.js';
import { analysisOptions } from '../options.js';
import type { ChangeAuthor, ProjectChangeOutcome, ProjectEdits, ProjectRecord } from '../projects/repository.js';

const MAX_NAME_LENGTH = 200;
const MAX_NOTE_LENGTH = 2000;
const MAX_IDEMPOTENCY_KEY_LENGTH = 100;

/**
 * A retried creation must find the project its first attempt made, even when that attempt's answer was lost (Neo4j
 * committed, then the connection dropped): with a key, the project's id is derived from the user and the key, so the
 * retry meets it, and two racing attempts meet at the id's uniqueness constraint.
 */
function newProjectId(subject: string, idempotencyKey: string | null | undefined): string {
  if (idempotencyKey == null) return `project-${randomUUID()}`;
  return `project-${createHash('sha256').update(`${subject}\u0000${idempotencyKey}`).digest('hex').slice(0, 32)}`;
}

/** Who makes a change: their token's subject (the role for tokens without one), within their project scope. */
const authorOf = (viewer: Viewer): ChangeAuthor => ({ by: viewer.subject ?? viewer.role, scope: projectScope(viewer) });

/** The most a project may be worth: the dataset's own bound on money (docs/dataset.md), 10^15 yuan. */
const MAX_INVESTMENT_YUAN = 1e15;

/**
 * Characters a planner never types and that change what others read: C0 and C1 controls other than tab and line
 * breaks (NUL among them), and the bidirectional overrides, embeddings and isolates that make text display in
 * another order than it is stored (Trojan Source, CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function hiddenCharacterProblem(field: string, value: string): string | null {
  const found = HIDDEN_CHARACTER.exec(value);
  if (!found) return null;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${field} holds an invisible control or text-direction character (U+${code} at position ${found.index + 1}); remove it`;
}

/** Input checks: each names its field and what it takes, or is null when the value is fine. */
const checks = {
  text: (field: string, value: string | null | undefined, max: number, required = false) =>
    value == null
      ? required
        ? `${field} is required`
        : null
      : value.trim().length >= (required ? 1 : 0) && value.trim().length <= max
        ? hiddenCharacterProblem(field, value)
        : `${field} must be ${required ? 1 : 0} to ${max} characters`,
  investment: (value: number | null | undefined) =>
    value == null || (Number.isFinite(value) && value >= 0 && value <= MAX_INVESTMENT_YUAN)
      ? null
      : 'investment must be from 0 to 10^15 yuan',
  siteNeed: (need: { minAreaM2: number; powerKva?: number | null; floorLoadKgPerM2?: number | null } | null | undefined) => {
    if (need == null) return null;
    const figures = [
      need.minAreaM2 > 0 && Number.isFinite(need.minAreaM2) ? null : 'siteNeed.minAreaM2 must be more than 0 (m²)',
      need.powerKva == null || need.powerKva >= 0 ? null : 'siteNeed.powerKva must be 0 or more (kVA)',
      need.floorLoadKgPerM2 == null || need.floorLoadKgPerM2 >= 0 ? null : 'siteNeed.floorLoadKgPerM2 must be 0 or more (kg/m²)',
    ].filter((problem) => problem !== null);
    return figures.length > 0 ? figures.join('; ') : null;
  },
  date: (field: string, value: string | null | undefined) => {
    if (value == null) return null;
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    return parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
      ? null
      : `${field} must be a date as YYYY-MM-DD, e.g. 2026-12-15; got '${value}'`;
  },
};

function refuseProblems(argumentName: string, problems: (string | null)[]): void {
  const found = problems.filter((problem): problem is string => problem !== null);
  if (found.length > 0) throw badUserInput(`${argumentName}: ${found.join('; ')}.`, { argumentName });
}

/** A site need as stored: the figures not stated are none. */
const siteNeedOf = (need: SiteNeedInput | null | undefined): SiteNeed | null =>
  need == null
    ? null
    : { kind: need.kind, minAreaM2: need.minAreaM2, powerKva: need.powerKva ?? null, floorLoadKgPerM2: need.floorLoadKgPerM2 ?? null };

/** Text as stored: trimmed, and an empty one is none. */
const stored = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value.trim());

/** The project a change gave, or the error a client sees for a refusal. */
function changed(outcome: ProjectChangeOutcome, id: string, viewer: Viewer, expectedVersion?: number, argumentName = 'id'): ProjectRecord {
  switch (outcome.kind) {
    case 'updated':
      return outcome.project;
    case 'missing':
      throw notFound(`no Project '${id}'.`);
    case 'outOfScope':
      throw outsideRegion(viewer.regionId, `Project '${id}'`);
    case 'conflict':
      throw conflict(
        `Project '${id}' was changed by someone else: it is now version ${outcome.current.version} (${outcome.current.status}), ` +
          `not ${expectedVersion}. Reload it and decide again.`,
        { currentVersion: outcome.current.version, currentStatus: outcome.current.status },
      );
    case 'refused':
      throw badUserInput(`${argumentName}: ${outcome.problem}.`, { argumentName });
    case 'carrierMissing':
      throw notFound(`${argumentName}: no such Carrier.`);
    case 'carrierTaken':
      throw conflict(
        `The carrier is reserved for project '${outcome.holder.name}' (${outcome.holder.id}); release it there first, or choose another.`,
        { projectId: outcome.holder.id },
      );
  }
}

export const Mutation: MutationResolvers = {
  createProject: async (_, { input }, { repositories, viewer }) => {
    refuseProblems('input', [
      checks.text('name', input.name, MAX_NAME_LENGTH, true),
      (input.regionId == null) !== (input.parkId == null) ? null : 'give regionId or parkId, not both (a park implies its region)',
      checks.investment(input.investment),
      checks.text('responsibleUnit', input.responsibleUnit, MAX_NAME_LENGTH),
      checks.text('officer', input.officer, MAX_NAME_LENGTH),
      checks.date('followUpAt', input.followUpAt),
      checks.text('note', input.note, MAX_NOTE_LENGTH),
      checks.siteNeed(input.siteNeed),
      input.idempotencyKey == null || (input.idempotencyKey.length >= 1 && input.idempotencyKey.length <= MAX_IDEMPOTENCY_KEY_LENGTH)
        ? null
        : `idempotencyKey must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    ]);
    const outcome = await repositories.projects.createProject(
      {
        id: newProjectId(viewer.subject ?? viewer.role, input.idempotencyKey),
        name: input.name.trim(),
        enterpriseId: input.enterpriseId,
        regionId: input.regionId ?? null,
        parkId: input.parkId ?? null,
        linkId: input.linkId ?? null,
        investment: input.investment ?? null,
        responsibleUnit: stored(input.responsibleUnit),
        officer: stored(input.officer),
        followUpAt: input.followUpAt ?? null,
        note: stored(input.note),
        siteNeed: siteNeedOf(input.siteNeed),
      },
      authorOf(viewer),
    );
    switch (outcome.kind) {
      case 'created':
        return outcome.project;
      case 'missing':
        throw notFound(`input: ${outcome.what.join('; ')}.`);
      case 'outOfScope':
        throw outsideRegion(viewer.regionId, input.parkId ? `Park '${input.parkId}'` : `Region '${input.regionId}'`);
      case 'conflict':
        throw conflict(
          `idempotencyKey was already used for project '${outcome.existing.id}' (${outcome.existing.name}); use a new key for a new project.`,
          { projectId: outcome.existing.id },
        );
      case 'duplicate':
        throw conflict(
          `Enterprise '${input.enterpriseId}' already has an active project in region '${outcome.existing.regionId}'` +
            `${outcome.existing.linkId ? ` for link '${outcome.existing.linkId}'` : ''}: '${outcome.existing.name}' ` +
            `(${outcome.existing.id}, ${outcome.existing.status}). Work on that one, or drop it first.`,
          { projectId: outcome.existing.id },
        );
    }
  },

  updateProject: async (_, { id, expectedVersion, input }, { repositories, viewer }) => {
    if ('name' in input && input.name == null)
      throw badUserInput('input: name cannot be cleared; give a new one.', { argumentName: 'input' });
    refuseProblems('input', [
      checks.text('name', input.name, MAX_NAME_LENGTH, 'name' in input),
      checks.investment(input.investment),
      checks.text('responsibleUnit', input.responsibleUnit, MAX_NAME_LENGTH),
      checks.text('officer', input.officer, MAX_NAME_LENGTH),
      checks.date('followUpAt', input.followUpAt),
      checks.siteNeed(input.siteNeed),
      Object.keys(input).length > 0 ? null : 'give at least one field to change',
    ]);
    const edits: ProjectEdits = {};
    if (input.name != null) edits.name = input.name.trim();
    if ('investment' in input) edits.investment = input.investment ?? null;
    if ('responsibleUnit' in input) edits.responsibleUnit = stored(input.responsibleUnit);
    if ('officer' in input) edits.officer = stored(input.officer);
    if ('followUpAt' in input) edits.followUpAt = input.followUpAt ?? null;
    if ('siteNeed' in input) edits.siteNeed = siteNeedOf(input.siteNeed);
    return changed(
      await repositories.projects.updateProject(id, expectedVersion, edits, authorOf(viewer)),
      id,
      viewer,
      expectedVersion,
      'input',
    );
  },

  advanceProject: async (_, { id, status, expectedVersion, note }, { repositories, viewer }) => {
    refuseProblems('note', [checks.text('note', note, MAX_NOTE_LENGTH)]);
    const outcome = await repositories.projects.setProjectStatus(id, status, expectedVersion, stored(note), authorOf(viewer));
    return changed(outcome, id, viewer, expectedVersion, 'status');
  },

  addProjectNote: async (_, { id, text }, { repositories, viewer }) => {
    refuseProblems('text', [checks.text('text', text, MAX_NOTE_LENGTH, true)]);
    return changed(await repositories.projects.addProjectNote(id, text.trim(), authorOf(viewer)), id, viewer);
  },

  openBlocker: async (_, { projectId, kind, text }, { repositories, viewer }) => {
    refuseProblems('text', [checks.text('text', text, MAX_NOTE_LENGTH, true)]);
    const blocker = { id: `blocker-${randomUUID()}`, kind, text: text.trim() };
    return changed(
      await repositories.projects.openBlocker(projectId, blocker, authorOf(viewer)),
      projectId,
      viewer,
      undefined,
      'projectId',
    );
  },

  resolveBlocker: async (_, { id, note }, { repositories, viewer }) => {
    refuseProblems('note', [checks.text('note', note, MAX_NOTE_LENGTH)]);
    const outcome = await repositories.projects.resolveBlocker(id, stored(note), authorOf(viewer));
    if (outcome.kind === 'missing') throw notFound(`no Blocker '${id}'.`);
    return changed(outcome, id, viewer);
  },

  setChainChief: async (_, { regionId, chainId, name }, { repositories, loaders, viewer }) => {
    refuseProblems('name', [checks.text('name', name, MAX_NAME_LENGTH)]);
    const outcome = await repositories.leadingChains.setChainChief(regionId, chainId, name.trim(), authorOf(viewer));
    switch (outcome.kind) {
      case 'missing':
        throw notFound(`${outcome.what}.`);
      case 'outOfScope':
        throw outsideRegion(viewer.regionId, `Region '${regionId}'`);
      case 'notLeading':
        throw badUserInput(
          `chainId: '${chainId}' is not a leading chain of region '${regionId}'; a chain chief is named for a leading chain.`,
          {
            argumentName: 'chainId',
          },
        );
      case 'ok': {
        const facts = (await loaders.leadingChainFacts.load(regionId)).find((chain) => chain.chainId === chainId)!;
        return chainOverview(regionId, facts, analysisOptions(null).gap);
      }
    }
  },

  adoptChainTemplate: async (_, { regionId, templateId }, { repositories, viewer }) => {
    const scope = await repositories.leadingChains.regionInScope(regionId, projectScope(viewer));
    if (scope.kind === 'missing') throw notFound(`${scope.what}.`);
    if (scope.kind === 'outOfScope') throw outsideRegion(viewer.regionId, `Region '${regionId}'`);
    try {
      return { id: (await repositories.leadingChains.adopt(regionId, templateId, viewer.subject ?? viewer.role)).chainId };
    } catch (error) {
      if (error instanceof AdoptionRefusedError) throw notFound(error.message);
      throw error;
    }
  },

  reserveCarrier: async (_, { projectId, carrierId, expectedVersion }, { repositories, viewer }) => {
    const outcome = await repositories.projects.reserveCarrier(projectId, carrierId, expectedVersion, authorOf(viewer));
    if (outcome.kind === 'carrierMissing') throw notFound(`no Carrier '${carrierId}'.`);
    return changed(outcome, projectId, viewer, expectedVersion, 'carrierId');
  },

  releaseCarrier: async (_, { projectId, expectedVersion }, { repositories, viewer }) =>
    changed(
      await repositories.projects.releaseCarrier(projectId, expectedVersion, authorOf(viewer)),
      projectId,
      viewer,
      expectedVersion,
      'projectId',
    ),

  dropLeadingChain: async (_, { regionId, chainId }, { repositories, viewer }) => {
    const outcome = await repositories.leadingChains.drop(regionId, chainId, projectScope(viewer));
    switch (outcome.kind) {
      case 'missing':
        throw notFound(`${outcome.what}.`);
      case 'outOfScope':
        throw outsideRegion(viewer.regionId, `Region '${regionId}'`);
      case 'notLeading':
        throw badUserInput(`chainId: '${chainId}' is not a leading chain of region '${regionId}'.`, { argumentName: 'chainId' });
      case 'ok':
        return { id: regionId };
    }
  },
};
