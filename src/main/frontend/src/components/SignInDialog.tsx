import { useEffect, useRef } from 'react';
import { SignInForm } from '../screens/SignIn';
import { useQueryClient } from '@tanstack/react-query';

/**
 * The session ran out: ask for the password over the current screen (which stays mounted, so a
 * half-filled form keeps what was typed), then fetch again what failed.
 */
export function SignInDialog({ email }: { email: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      // A modal dialog where the browser has one (focus stays inside, the page behind is inert).
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="session-expired" onCancel={(e) => e.preventDefault()}>
      <h2 id="session-expired">Your session has ended</h2>
      <p>Sign in again to carry on where you were.</p>
      <SignInForm email={email} onSignedIn={() => void queryClient.invalidateQueries()} />
    </dialog>
  );
}
