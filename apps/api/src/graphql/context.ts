import { type DataSource } from 'typeorm';
import { PublicCatalog } from '../modules/catalog/public-catalog.js';
import { PublicReadRepository } from '../modules/catalog/public-read.repository.js';
import { PracticeSearchRepository } from '../modules/practice/practice-search.repository.js';

/** What every resolver receives. The catalog and its DataLoaders live for one request. */
export interface GraphQLContext {
  catalog: PublicCatalog;
}

export function contextFactory(dataSource: DataSource): () => GraphQLContext {
  const read = new PublicReadRepository(dataSource);
  const search = new PracticeSearchRepository(dataSource);
  return () => ({ catalog: new PublicCatalog(read, search) });
}
