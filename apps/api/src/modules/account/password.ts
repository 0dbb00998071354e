import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** argon2id with OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane. */
const ARGON2 = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

const strength = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified against when the account does not exist, so timing tells nothing. */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoy, password);
}

/**
 * Why a new password is refused, or an empty list: at least 10 characters, not one of the
 * common passwords, and not guessable from the person's own name or e-mail.
 */
export function passwordProblems(password: string, personal: string[] = []): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.push(`Use at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (password.length > 256) problems.push('Use at most 256 characters.');
  const result = strength.check(password.slice(0, 256), personal);
  if (
    result.sequence.some(
      (m) =>
        m.pattern === 'dictionary' &&
        m.dictionaryName === 'passwords' &&
        m.token.length >= password.length - 2,
    )
  ) {
    problems.push('This is one of the most common passwords.');
  } else if (result.score < 3) {
    problems.push('This password is too easy to guess; add words or characters.');
  }
  return problems;
}
