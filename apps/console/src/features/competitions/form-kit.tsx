import { CombinedGraphQLErrors } from '@apollo/client';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** What the console needs from a failed mutation: a message, and the field it is about. */
export interface ProblemInfo {
  message: string;
  code: string | null;
  field: string | null;
  current: unknown;
}

export function problemOf(error: unknown): ProblemInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      message: first?.message ?? 'The server refused the change.',
      code: typeof ext.code === 'string' ? ext.code : null,
      field: typeof ext.field === 'string' ? ext.field : null,
      current: ext.current ?? null,
    };
  }
  return {
    message: 'We could not reach the server. Check your connection and try again.',
    code: null,
    field: null,
    current: null,
  };
}

/** A labelled control with its hint and inline error, wired with aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: (props: {
    id: string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A message that takes focus when it appears, so keyboard and screen-reader users hear it. */
export function Alert({
  kind = 'error',
  children,
}: {
  kind?: 'error' | 'success';
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={kind === 'error' ? 'alert' : 'success'}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}

/**
 * A button that asks before acting: the question and the two answers appear in place, with
 * focus on the confirming answer; Cancel (or Escape) goes back.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  danger,
}: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    setTimeout(() => openRef.current?.focus());
  };
  if (!asking)
    return (
      <button
        ref={openRef}
        type="button"
        className={`button${danger ? ' button--danger' : ''}`}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <div
      className="confirm-panel"
      role="group"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p>{question}</p>
      <div className="actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void Promise.resolve(onConfirm()).finally(() => {
              setBusy(false);
              setAsking(false);
            });
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
