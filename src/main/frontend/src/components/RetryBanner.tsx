import { useQueryClient } from '@tanstack/react-query';
import { useOutage, outage } from './outage';

/** Shown while the service does not answer (offline, 503): one click asks again. */
export function RetryBanner() {
  const down = useOutage();
  const queryClient = useQueryClient();
  if (!down) {
    return null;
  }
  return (
    <div role="status" className="banner">
      <span>The service is not answering right now. Nothing was lost; your last action can be tried again.</span>
      <button
        type="button"
        onClick={() => {
          outage.clear();
          void queryClient.refetchQueries({ type: 'active' });
        }}
      >
        Retry
      </button>
    </div>
  );
}
