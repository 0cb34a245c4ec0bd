import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql';
import { ApiError, execute } from './client';
import { isPageProblem, useApiSession } from './session-context';

export interface OperationState<Result> {
  data: Result | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('failed', String(error));
}

/**
 * Runs a query whenever its variables, the token or the banner's Retry change; `variables: null` runs nothing.
 * Answers to superseded requests are dropped.
 */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables | null,
): OperationState<Result> {
  const { token, language, reportProblem, attempt } = useApiSession();
  const [state, setState] = useState<{ data: Result | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: false,
  });
  const [reloads, setReloads] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);

  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, error: null, loading: true }));
    execute(document, JSON.parse(key) as Variables, { token, language }).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!current) return;
        const problem = asApiError(error);
        if (isPageProblem(problem)) reportProblem(problem);
        setState({ data: null, error: problem, loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [document, key, token, language, attempt, reloads, reportProblem]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { ...state, reload };
}

/** A mutation or on-demand query: `run` resolves with the result, or rejects with an ApiError after reporting page problems. */
export function useOperation<Result, Variables>(document: TypedDocumentString<Result, Variables>) {
  const { token, language, reportProblem } = useApiSession();
  return useCallback(
    async (variables: Variables): Promise<Result> => {
      try {
        return await execute(document, variables, { token, language });
      } catch (error) {
        const problem = asApiError(error);
        if (isPageProblem(problem)) reportProblem(problem);
        throw problem;
      }
    },
    [document, token, language, reportProblem],
  );
}
