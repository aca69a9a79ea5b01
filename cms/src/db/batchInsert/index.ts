export { insertDocuments } from './insertDocuments'
export { isSqlAdapter, sqlDatabaseOf } from './sqlDatabase'
export type { SqlAdapter } from './drizzleInternals'
export { collectionTableName } from './tableNames'
