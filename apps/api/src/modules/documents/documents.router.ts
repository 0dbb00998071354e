import { Router } from 'express';
import { type DataSource } from 'typeorm';
import { type Logger } from 'pino';

/** /documents: the results booklet and the practice sheet, generated from published data. */
export function documentsRouter(_options: { dataSource: DataSource; logger: Logger }): Router {
  return Router();
}
