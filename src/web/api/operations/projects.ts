/**
 * The recruitment pipeline: projects, their steps, notes and blockers, and what needs attention. Typed by `npm run codegen` from schema/api.graphql: a schema change that breaks one breaks the build.
 */
import { graphql } from '../../generated/gql';

export const PipelineQuery = graphql(`
  query Pipeline($regionId: ID!) {
    region(id: $regionId) {
      id
      projects {
        ...ProjectFields
      }
    }
  }
`);

export const ProjectFields = graphql(`
  fragment ProjectFields on Project {
    id
    name
    status
    nextStatuses
    version
    updatedAt
    investment
    responsibleUnit
    officer
    followUpAt
    enterprise {
      id
      name
      nameZh
    }
    link {
      id
      name
      nameZh
    }
    park {
      name
      nameZh
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const AdvanceProjectMutation = graphql(`
  mutation AdvanceProject($id: ID!, $status: ProjectStatus!, $expectedVersion: Int!, $note: String) {
    advanceProject(id: $id, status: $status, expectedVersion: $expectedVersion, note: $note) {
      ...ProjectFields
    }
  }
`);

export const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      ...ProjectFields
      createdAt
      region {
        id
      }
      blockers {
        id
        kind
        text
        openedAt
        resolvedAt
        resolution
      }
      events {
        at
        by
        status
        note
        kind
      }
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $expectedVersion: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
    }
  }
`);

export const AddProjectNoteMutation = graphql(`
  mutation AddProjectNote($id: ID!, $text: String!) {
    addProjectNote(id: $id, text: $text) {
      id
    }
  }
`);

export const OpenBlockerMutation = graphql(`
  mutation OpenBlocker($projectId: ID!, $kind: BlockerKind!, $text: String!) {
    openBlocker(projectId: $projectId, kind: $kind, text: $text) {
      id
    }
  }
`);

export const ResolveBlockerMutation = graphql(`
  mutation ResolveBlocker($id: ID!, $note: String) {
    resolveBlocker(id: $id, note: $note) {
      id
    }
  }
`);

export const AttentionQuery = graphql(`
  query Attention($regionId: ID!) {
    region(id: $regionId) {
      id
      attention {
        kinds
        reasons
        project {
          id
          name
          officer
          followUpAt
          updatedAt
          enterprise {
            id
            name
            nameZh
          }
          blockers {
            id
            kind
            text
            resolvedAt
          }
        }
      }
    }
  }
`);
