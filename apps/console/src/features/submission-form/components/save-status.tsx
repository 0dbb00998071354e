import { type SaveStatus } from '../use-entry-saver';

const time = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The autosave's state, announced politely to screen readers. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const text =
    status.kind === 'saving'
      ? 'Saving…'
      : status.kind === 'saved'
        ? `Saved at ${time(status.at)}`
        : status.kind === 'dirty'
          ? 'Unsaved changes'
          : status.kind === 'blocked' || status.kind === 'error'
            ? status.message
            : status.kind === 'conflict'
              ? 'Not saved: someone else changed this entry. Compare the two versions below.'
              : 'No changes yet';
  const tone =
    status.kind === 'error' || status.kind === 'conflict'
      ? 'save-status save-status--error'
      : status.kind === 'saved'
        ? 'save-status save-status--saved'
        : 'save-status';
  return (
    <p className={tone} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
