import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../generated/gql';
import { viewerQuery } from '../../../app/viewer';

export const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
      displayName
      roles
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Signs in and puts the new viewer in the cache, so every RequireRole sees it at once. */
export function useSignIn() {
  return useMutation(signInMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: viewerQuery, data: { me: data.signIn } });
    },
  });
}

/** Signs out and forgets everything the session could read. */
export function useSignOut() {
  const client = useApolloClient();
  const [signOut, state] = useMutation(signOutMutation);
  const run = async () => {
    try {
      await signOut();
    } finally {
      await client.clearStore();
      client.cache.writeQuery({ query: viewerQuery, data: { me: null } });
    }
  };
  return [run, state] as const;
}
