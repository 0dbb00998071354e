import { useNavigate } from 'react-router';
import { paths } from '../../../lib/paths';
import { useSignOut } from '../api/sign-in.mutation';

export function SignOutButton() {
  const [signOut, { loading }] = useSignOut();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="link-button"
      disabled={loading}
      onClick={() => void signOut().then(() => navigate(paths.signIn.to(), { replace: true }))}
    >
      Sign out
    </button>
  );
}
