import { parse, serialize } from 'cookie';
import { type NextFunction, type Request, type Response } from 'express';
import { SESSION_COOKIE, type SessionService } from '../account/session.service.js';
import { type SessionCookie } from '../../graphql/context.js';
import { type Viewer } from './viewer.js';

declare module 'http' {
  interface IncomingMessage {
    viewer?: Viewer | null;
  }
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure in production, sent for the whole site. */
export function sessionCookie(options: { secure: boolean; maxAgeSeconds: number }): SessionCookie {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: options.secure, path: '/' };
  return {
    set: (res, token) =>
      res.appendHeader(
        'Set-Cookie',
        serialize(SESSION_COOKIE, token, { ...base, maxAge: options.maxAgeSeconds }),
      ),
    clear: (res) =>
      res.appendHeader('Set-Cookie', serialize(SESSION_COOKIE, '', { ...base, maxAge: 0 })),
  };
}

/** Resolves the session cookie to `req.viewer` (null when absent, expired or revoked). */
export function sessionMiddleware(sessions: SessionService) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    try {
      const token = req.headers.cookie ? parse(req.headers.cookie)[SESSION_COOKIE] : undefined;
      req.viewer = token ? await sessions.resolve(token) : null;
      next();
    } catch (error) {
      next(error);
    }
  };
}
