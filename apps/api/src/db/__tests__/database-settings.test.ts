import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/config.js';
import { classifyDatabaseError, toDatabaseError } from '../database-errors.js';
import { isPlainRead } from '../read-routing.js';

describe('database settings', () => {
  it('has defaults that fail fast', () => {
    const config = loadConfig({});
    expect(config.databaseReplicaUrls).toEqual([]);
    expect(config.databaseConnectTimeoutMs).toBe(3000);
    expect(config.databaseStatementTimeoutMs).toBe(15_000);
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).databaseStatementTimeoutMs).toBe(
      undefined,
    );
  });

  it('reads replica URLs as a comma-separated list and refuses bad ones', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/gpa',
      DATABASE_REPLICA_URLS: 'postgres://r1/gpa, postgresql://r2/gpa,',
    });
    expect(config.databaseReplicaUrls).toEqual(['postgres://r1/gpa', 'postgresql://r2/gpa']);
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://db/gpa', DATABASE_REPLICA_URLS: 'mysql://r1' }),
    ).toThrow(/DATABASE_REPLICA_URLS/);
    // Replicas of the embedded database make no sense.
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/gpa' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '5' })).toThrow(
      /DATABASE_CONNECT_TIMEOUT_MS/,
    );
  });

  it('runs several API workers only on a server database, and prepares statements unless told not to', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/gpa', API_WORKERS: '2' }).workers).toBe(2);
    // The embedded database belongs to one process.
    expect(() => loadConfig({ API_WORKERS: '2' })).toThrow(/API_WORKERS/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/gpa', API_WORKERS: '0' })).toThrow(
      /API_WORKERS/,
    );
    expect(loadConfig({}).databasePreparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(
      false,
    );
  });
});

describe('database errors', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('tells an unreachable or slow database from every other error', () => {
    expect(classifyDatabaseError(withCode('ECONNREFUSED'))).toBe('unreachable');
    expect(classifyDatabaseError(withCode('57P01'))).toBe('unreachable');
    expect(classifyDatabaseError(withCode('08006'))).toBe('unreachable');
    expect(classifyDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(
      'unreachable',
    );
    expect(classifyDatabaseError(withCode('57014'))).toBe('timeout');
    expect(classifyDatabaseError(new Error('Query read timeout'))).toBe('timeout');
    // A constraint violation or bad SQL keeps its own meaning.
    expect(classifyDatabaseError(withCode('23505'))).toBeNull();
    expect(classifyDatabaseError(withCode('42601'))).toBeNull();
    const unique = withCode('23505');
    expect(toDatabaseError(unique)).toBe(unique);
  });

  it('answers with a stable code, a 503 and a sentence that names no host', () => {
    const error = toDatabaseError(withCode('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432'));
    expect(error).toMatchObject({
      message: 'The database is unavailable. Try again in a moment.',
      status: 503,
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
    expect(String(error)).not.toContain('10.0.0.5');
    // Failing to get a connection at all means unavailable, whatever the reason.
    expect(toDatabaseError(withCode('55000'), true)).toMatchObject({ status: 503 });
  });
});

describe('read routing', () => {
  it('sends only plain reads to a replica', () => {
    expect(isPlainRead('SELECT title, updated_at FROM published_practice')).toBe(true);
    expect(isPlainRead('  with x AS (SELECT 1) SELECT * FROM x')).toBe(true);
    expect(isPlainRead('SELECT * FROM competition WHERE id = $1 FOR UPDATE')).toBe(false);
    expect(isPlainRead('WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d')).toBe(false);
    expect(isPlainRead(`SELECT nextval('s')`)).toBe(false);
    expect(isPlainRead('INSERT INTO t VALUES (1)')).toBe(false);
  });
});
