import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The vocabularies' display order loses its default of 0, so a term added without one goes last
 * (vocabularyCollection). SQLite rebuilds the three tables for that; foreign keys stay off until
 * all three are rebuilt, since dropping a table with them on deletes its labels and esd types
 * (drizzle-kit turned them back on after the first table: the venue features' and languages'
 * labels were lost when this was tried on a copy of the demo database).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sub_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`order\` numeric,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_sub_categories\`("id", "category", "order", "key", "updated_at", "created_at") SELECT "id", "category", "order", "key", "updated_at", "created_at" FROM \`sub_categories\`;`,
  )
  await db.run(sql`DROP TABLE \`sub_categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_sub_categories\` RENAME TO \`sub_categories\`;`)
  await db.run(
    sql`CREATE INDEX \`sub_categories_category_idx\` ON \`sub_categories\` (\`category\`);`,
  )
  await db.run(sql`CREATE INDEX \`sub_categories_order_idx\` ON \`sub_categories\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sub_categories_key_idx\` ON \`sub_categories\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`sub_categories_updated_at_idx\` ON \`sub_categories\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sub_categories_created_at_idx\` ON \`sub_categories\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_venue_features\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_venue_features\`("id", "order", "key", "updated_at", "created_at") SELECT "id", "order", "key", "updated_at", "created_at" FROM \`venue_features\`;`,
  )
  await db.run(sql`DROP TABLE \`venue_features\`;`)
  await db.run(sql`ALTER TABLE \`__new_venue_features\` RENAME TO \`venue_features\`;`)
  await db.run(sql`CREATE INDEX \`venue_features_order_idx\` ON \`venue_features\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`venue_features_key_idx\` ON \`venue_features\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`venue_features_updated_at_idx\` ON \`venue_features\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`venue_features_created_at_idx\` ON \`venue_features\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_service_languages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`order\` numeric,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_service_languages\`("id", "code", "order", "key", "updated_at", "created_at") SELECT "id", "code", "order", "key", "updated_at", "created_at" FROM \`service_languages\`;`,
  )
  await db.run(sql`DROP TABLE \`service_languages\`;`)
  await db.run(sql`ALTER TABLE \`__new_service_languages\` RENAME TO \`service_languages\`;`)
  await db.run(
    sql`CREATE INDEX \`service_languages_order_idx\` ON \`service_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`service_languages_key_idx\` ON \`service_languages\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_updated_at_idx\` ON \`service_languages\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_created_at_idx\` ON \`service_languages\` (\`created_at\`);`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sub_categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_sub_categories\`("id", "category", "order", "key", "updated_at", "created_at") SELECT "id", "category", "order", "key", "updated_at", "created_at" FROM \`sub_categories\`;`,
  )
  await db.run(sql`DROP TABLE \`sub_categories\`;`)
  await db.run(sql`ALTER TABLE \`__new_sub_categories\` RENAME TO \`sub_categories\`;`)
  await db.run(
    sql`CREATE INDEX \`sub_categories_category_idx\` ON \`sub_categories\` (\`category\`);`,
  )
  await db.run(sql`CREATE INDEX \`sub_categories_order_idx\` ON \`sub_categories\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sub_categories_key_idx\` ON \`sub_categories\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`sub_categories_updated_at_idx\` ON \`sub_categories\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sub_categories_created_at_idx\` ON \`sub_categories\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_venue_features\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_venue_features\`("id", "order", "key", "updated_at", "created_at") SELECT "id", "order", "key", "updated_at", "created_at" FROM \`venue_features\`;`,
  )
  await db.run(sql`DROP TABLE \`venue_features\`;`)
  await db.run(sql`ALTER TABLE \`__new_venue_features\` RENAME TO \`venue_features\`;`)
  await db.run(sql`CREATE INDEX \`venue_features_order_idx\` ON \`venue_features\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`venue_features_key_idx\` ON \`venue_features\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`venue_features_updated_at_idx\` ON \`venue_features\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`venue_features_created_at_idx\` ON \`venue_features\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_service_languages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_service_languages\`("id", "code", "order", "key", "updated_at", "created_at") SELECT "id", "code", "order", "key", "updated_at", "created_at" FROM \`service_languages\`;`,
  )
  await db.run(sql`DROP TABLE \`service_languages\`;`)
  await db.run(sql`ALTER TABLE \`__new_service_languages\` RENAME TO \`service_languages\`;`)
  await db.run(
    sql`CREATE INDEX \`service_languages_order_idx\` ON \`service_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`service_languages_key_idx\` ON \`service_languages\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_updated_at_idx\` ON \`service_languages\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_languages_created_at_idx\` ON \`service_languages\` (\`created_at\`);`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
