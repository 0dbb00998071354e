import { CombinedGraphQLErrors } from '@apollo/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/query-status';
import { useViewer } from '../../../app/viewer';
import { paths } from '../../../lib/paths';
import { useSignIn } from '../api/sign-in.mutation';

/** Only a path inside the console is a place to return to (never another site). */
export function safeReturnPath(from: string | null): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/sign-in'))
    return paths.home.to();
  return from;
}

function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.extensions?.code === 'RATE_LIMITED') {
      const after = Number(first.extensions.retryAfter);
      const wait =
        Number.isFinite(after) && after > 0
          ? ` Try again in ${Math.ceil(after / 60) > 1 ? `${Math.ceil(after / 60)} minutes` : `${after} seconds`}.`
          : ' Try again later.';
      return `Too many sign-in attempts.${wait}`;
    }
    return first?.message ?? 'We could not sign you in.';
  }
  return 'We could not reach the server. Check your connection and try again.';
}

export function SignInPage() {
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [signIn, { loading: signingIn }] = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const returnTo = safeReturnPath(params.get('from'));

  if (loading) return <Loading label="Checking your session…" />;
  if (viewer && !signingIn) return <Navigate to={returnTo} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: typeof fieldErrors = {};
    if (!email.trim()) errors.email = 'Enter your e-mail address.';
    if (!password) errors.password = 'Enter your password.';
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    try {
      await signIn({ variables: { email: email.trim(), password } });
      void navigate(returnTo, { replace: true });
    } catch (error) {
      setFormError(describeError(error));
      setPassword('');
      passwordRef.current?.focus();
    }
  }

  return (
    <div className="page page--narrow">
      <PageTitle title="Sign in" />
      <h1>Sign in to the console</h1>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Sign in">
        {formError && (
          <div className="alert" role="alert" id={errorId}>
            <p>{formError}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="sign-in-email">E-mail address</label>
          <input
            ref={emailRef}
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={fieldErrors.email ? true : undefined}
            aria-describedby={fieldErrors.email ? 'sign-in-email-error' : undefined}
          />
          {fieldErrors.email && (
            <p className="field-error" id="sign-in-email-error">
              {fieldErrors.email}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input
            ref={passwordRef}
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={
              [fieldErrors.password ? 'sign-in-password-error' : '', formError ? errorId : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
          />
          {fieldErrors.password && (
            <p className="field-error" id="sign-in-password-error">
              {fieldErrors.password}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={signingIn}>
          {signingIn ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
