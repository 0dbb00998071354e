import { pino, type Logger } from 'pino';

/** Structured JSON logs on standard output, one line per event. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'gpa-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}
