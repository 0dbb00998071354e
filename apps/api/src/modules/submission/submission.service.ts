import { type DataSource, type EntityManager } from 'typeorm';
import { validateEntry, type EntryInput, type EntryStatus } from '@gpa/shared';
import { conflict, notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';
import {
  competitionRules,
  freeSlug,
  insertPractice,
  loadSubmissions,
  recordToInput,
  updatePractice,
  writeChildren,
  type CompetitionRules,
  type SubmissionRecord,
} from './submission.repository.js';
import { toSubmission } from './submission.mapper.js';

/** PostgreSQL's unique_violation (TypeORM copies the driver's code onto QueryFailedError). */
const isUniqueViolation = (error: unknown) =>
  !!error && typeof error === 'object' && (error as { code?: string }).code === '23505';

const closedMessage = (c: CompetitionRules) =>
  `${c.title} is not open for entries (it is ${c.status.toLowerCase()}).`;

/**
 * Withdrawal may still happen while the jury works (an entrant pulls out, an entry turns out to be
 * ineligible): the jury's lists and the decisions leave withdrawn entries out. Once decided, the
 * list of entries is final. A restore brings an entry back into the competition (submitted, or
 * as a draft), which only makes sense while entries are accepted: in judging it would add an
 * entry the jury never assigned (or a draft), once decided or published an undecided entry.
 */
const WITHDRAW_PHASES: readonly string[] = ['OPEN', 'JUDGING'];
const RESTORE_PHASES: readonly string[] = ['OPEN'];

/**
 * The entries of a competition as the secretariat writes them: drafts saved as they are typed,
 * submission under every rule of the form, withdrawal that keeps the entry. Every save names the
 * version it was based on; a save based on an older one is refused with the current entry.
 */
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<SubmissionRecord> {
    this.access.assertSecretariat(viewer);
    const [record] = await loadSubmissions(this.dataSource.manager, [id]);
    if (!record) throw notFound('This entry');
    return record;
  }

  /** A new entry, as a draft or submitted at once; only while its competition is open. */
  async create(
    viewer: Viewer,
    competitionId: string,
    input: EntryInput,
    submit: boolean,
    requestId: string | null,
  ): Promise<SubmissionRecord> {
    this.access.assertSecretariat(viewer);
    const id = await this.dataSource.transaction(async (em) => {
      const competition = await competitionRules(em, competitionId, true);
      if (!competition) throw notFound('This competition');
      if (competition.status !== 'OPEN')
        throw userInputError(closedMessage(competition), 'competitionId');
      const status: EntryStatus = submit ? 'SUBMITTED' : 'DRAFT';
      this.assertValid(input, status, competition);
      await this.assertInstitution(em, input.institutionId!);
      const practiceId = await this.uniqueTitle(async () =>
        insertPractice(em, competitionId, {
          ...fields(input),
          status,
          slug: await freeSlug(em, input.title, null),
        }),
      );
      await writeChildren(em, [{ id: practiceId, input }], false);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'entry.create',
        entityType: 'Practice',
        entityId: practiceId,
        after: { title: input.title.trim(), status, version: 1 },
        requestId,
      });
      return practiceId;
    });
    return this.get(viewer, id);
  }

  /**
   * Saves every field of an entry. `submit` turns a draft into a submitted entry (only while the
   * competition is open); otherwise the entry keeps its status, and a submitted entry stays under
   * every rule (the secretariat may correct it in any phase; each correction is audited).
   */
  async save(
    viewer: Viewer,
    id: string,
    expectedVersion: number,
    input: EntryInput,
    submit: boolean,
    requestId: string | null,
  ): Promise<SubmissionRecord> {
    this.access.assertSecretariat(viewer);
    await this.dataSource.transaction(async (em) => {
      const current = await this.lockCurrent(em, id, expectedVersion);
      const competition = (await competitionRules(em, current.competitionId))!;
      if (current.status === 'WITHDRAWN' && submit)
        throw userInputError('Restore the entry before submitting it again.', 'status');
      const status: EntryStatus = submit ? 'SUBMITTED' : current.status;
      if (submit && current.status !== 'SUBMITTED' && competition.status !== 'OPEN')
        throw userInputError(closedMessage(competition), 'status');
      this.assertValid(input, status, competition);
      if (input.institutionId !== current.institutionId)
        await this.assertInstitution(em, input.institutionId!);
      const title = input.title.trim();
      const slug =
        title !== current.title && competition.status !== 'PUBLISHED'
          ? await freeSlug(em, title, id)
          : current.slug;
      await this.uniqueTitle(() => updatePractice(em, id, { ...fields(input), status, slug }));
      await writeChildren(em, [{ id, input }], true);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: submit && current.status !== 'SUBMITTED' ? 'entry.submit' : 'entry.update',
        entityType: 'Practice',
        entityId: id,
        before: { title: current.title, status: current.status, version: current.version },
        after: {
          title,
          status,
          version: current.version + 1,
          changed: changedFields(current, input),
        },
        requestId,
      });
    });
    return this.get(viewer, id);
  }

  /**
   * Withdraws entries (kept, never judged or published) or restores them: a restored entry is
   * submitted again when it passes every rule, otherwise it comes back as a draft. All or none.
   */
  async setWithdrawn(
    viewer: Viewer,
    ids: string[],
    withdrawn: boolean,
    requestId: string | null,
  ): Promise<SubmissionRecord[]> {
    this.access.assertSecretariat(viewer);
    if (ids.length === 0) return [];
    if (ids.length > 500) throw userInputError('At most 500 entries at a time.', 'ids');
    await this.dataSource.transaction(async (em) => {
      const records = await loadSubmissions(em, ids, true);
      if (records.length !== new Set(ids).size) throw notFound('One of these entries');
      const rules = new Map<string, CompetitionRules>();
      // Locked, so that the competition cannot change phase before this commits.
      for (const competitionId of new Set(records.map((r) => r.competitionId)))
        rules.set(competitionId, (await competitionRules(em, competitionId, true))!);
      const changing = records.filter((r) =>
        withdrawn ? r.status !== 'WITHDRAWN' : r.status === 'WITHDRAWN',
      );
      for (const r of changing) {
        const competition = rules.get(r.competitionId)!;
        if (!(withdrawn ? WITHDRAW_PHASES : RESTORE_PHASES).includes(competition.status))
          throw userInputError(
            withdrawn
              ? `${competition.title} is ${competition.status.toLowerCase()}: entries can be withdrawn only while it is open for entries or being judged.`
              : `${competition.title} is ${competition.status.toLowerCase()}: entries can be restored only while it is open for entries.`,
            'ids',
          );
      }
      const changes = changing.map((r) => {
        const valid =
          validateEntry(recordToInput(r), {
            mode: 'SUBMIT',
            allowedPriorityAreaIds: rules.get(r.competitionId)!.priorityAreaIds,
          }).length === 0;
        const status: EntryStatus = withdrawn ? 'WITHDRAWN' : valid ? 'SUBMITTED' : 'DRAFT';
        return { id: r.id, status, before: r.status, version: r.version };
      });
      if (!changes.length) return;
      await em.query(
        `UPDATE practice p SET status = x.status::entry_status, version = p.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text) WHERE p.id = x.id`,
        [JSON.stringify(changes.map((c) => ({ id: c.id, status: c.status })))],
      );
      // One audit row per entry, written in one statement.
      await em.query(
        `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after, request_id)
         SELECT $1, $2, 'Practice', x.id, jsonb_build_object('status', x.before, 'version', x.version),
                jsonb_build_object('status', x.status, 'version', x.version + 1), $3
           FROM jsonb_to_recordset($4::jsonb) AS x(id text, status text, before text, version int)`,
        [
          viewer.userId,
          withdrawn ? 'entry.withdraw' : 'entry.restore',
          requestId,
          JSON.stringify(changes),
        ],
      );
    });
    return loadSubmissions(this.dataSource.manager, ids);
  }

  private async lockCurrent(em: EntityManager, id: string, expectedVersion: number) {
    const [current] = await loadSubmissions(em, [id], true);
    if (!current) throw notFound('This entry');
    if (current.version !== expectedVersion)
      throw conflict(
        'Someone else saved this entry meanwhile; here is their version.',
        toSubmission(current),
      );
    return current;
  }

  private assertValid(input: EntryInput, status: EntryStatus, competition: CompetitionRules) {
    const [issue] = validateEntry(input, {
      mode: status === 'SUBMITTED' ? 'SUBMIT' : 'DRAFT',
      allowedPriorityAreaIds: competition.priorityAreaIds,
    });
    if (issue) throw userInputError(issue.message, issue.field);
  }

  private async assertInstitution(em: EntityManager, institutionId: string) {
    const [row] = await em.query(`SELECT 1 FROM institution WHERE id = $1`, [institutionId]);
    if (!row) throw userInputError('Choose an existing institution.', 'institutionId');
  }

  private async uniqueTitle<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error))
        throw userInputError(
          'This institution already has an entry with this title in the competition.',
          'title',
        );
      throw error;
    }
  }
}

function fields(input: EntryInput) {
  return {
    title: input.title.trim(),
    institutionId: input.institutionId!,
    summary: input.summary,
    inOperationSince: input.inOperationSince,
  };
}

/** The names of the fields a save changes, for the audit log (the texts themselves are not copied). */
function changedFields(current: SubmissionRecord, input: EntryInput): string[] {
  const before = recordToInput(current);
  const normalize = (v: unknown) => JSON.stringify(v ?? null);
  return (Object.keys(before) as (keyof EntryInput)[]).filter((k) => {
    if (k === 'sections') {
      const a = Object.fromEntries(Object.entries(before.sections).filter(([, v]) => v?.trim()));
      const b = Object.fromEntries(Object.entries(input.sections).filter(([, v]) => v?.trim()));
      return normalize(Object.entries(a).sort()) !== normalize(Object.entries(b).sort());
    }
    return normalize(before[k]) !== normalize(input[k]);
  });
}
