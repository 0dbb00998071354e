import { type DataSource, type EntityManager } from 'typeorm';
import { userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { type Viewer } from '../auth/viewer.js';
import { entryRole, type EntryRole } from './jury-access.js';
import { refused } from './jury-errors.js';

type Queryable = Pick<EntityManager, 'query'>;

export interface DeliberationMessageRow {
  id: string;
  practiceId: string;
  authorName: string | null;
  mine: boolean;
  body: string;
  createdAt: Date;
}

const MAX_BODY = 5000;

/** Whether the viewer may read and write an entry's deliberation: the non-conflicted jury and the secretariat. */
export const canDeliberate = (role: EntryRole) =>
  role.secretariat || (role.member && !role.conflicted);

export function messagesOf(
  db: Queryable,
  practiceId: string,
  viewerId: string,
): Promise<DeliberationMessageRow[]> {
  return db.query(
    `SELECT m.id, m.practice_id AS "practiceId", u.display_name AS "authorName",
            (m.author_id IS NOT DISTINCT FROM $2::uuid) AS mine, m.body, m.created_at AS "createdAt"
       FROM deliberation_message m LEFT JOIN user_account u ON u.id = m.author_id
      WHERE m.practice_id = $1 ORDER BY m.created_at, m.id`,
    [practiceId, viewerId],
  );
}

/** The discussion thread of each entry; never public. */
export class DeliberationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async post(
    viewer: Viewer,
    practiceId: string,
    body: string,
    requestId: string | null,
  ): Promise<DeliberationMessageRow> {
    const text = body.trim();
    if (!text) throw userInputError('Write a message first.', 'body');
    if (text.length > MAX_BODY)
      throw userInputError(`A message has at most ${MAX_BODY} characters.`, 'body');
    return this.dataSource.transaction(async (em) => {
      const role = await entryRole(em, viewer, practiceId);
      if (!canDeliberate(role))
        throw refused(
          'You have a conflict of interest with this entry: its deliberation is closed to you.',
        );
      const [{ id }] = await em.query(
        `INSERT INTO deliberation_message (practice_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`,
        [practiceId, viewer.userId, text],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'deliberation.post',
        entityType: 'DeliberationMessage',
        entityId: id,
        after: { practiceId, body: text },
        requestId,
      });
      const messages = await messagesOf(em, practiceId, viewer.userId);
      return messages.find((m) => m.id === id)!;
    });
  }
}
