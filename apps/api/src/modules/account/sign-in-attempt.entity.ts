import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in attempt, kept for throttling and for the record. */
@Entity('sign_in_attempt')
@Index(['email', 'at'])
@Index(['ip', 'at'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  /** Why it failed: unknown-account, wrong-password, inactive, throttled. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
