import { QueryCache, QueryClient, MutationCache, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api/client';
import { ApiError } from './api/problem';
import { outage } from './components/outage';

/**
 * Data fetching: TanStack Query over the generated client. Failures that mean "no answer" or 503
 * raise the retry banner; 4xx are never retried (they would answer the same).
 */
export function createQueryClient(retries = 2): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => outage.report(error), onSuccess: () => outage.clear() }),
    mutationCache: new MutationCache({ onError: (error) => outage.report(error), onSuccess: () => outage.clear() }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => error instanceof ApiError && error.retryable && count < retries,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => unwrap(api.GET('/auth/v1/users/me')) });
}

export function useWallets() {
  return useQuery({
    queryKey: ['wallets'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/wallets'))).data ?? [],
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/categories'))).data ?? [],
    staleTime: 60_000,
  });
}

/** The current UTC month as the API's `YYYY-MM`. */
export function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}
