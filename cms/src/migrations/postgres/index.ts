import * as migration_20261122_170349_initial from './20261122_170349_initial';
import * as migration_20261125_080806_listing_images from './20261125_080806_listing_images';
import * as migration_20261125_090115_comments_and_reports from './20261125_090115_comments_and_reports';

export const migrations = [
  {
    up: migration_20261122_170349_initial.up,
    down: migration_20261122_170349_initial.down,
    name: '20261122_170349_initial',
  },
  {
    up: migration_20261125_080806_listing_images.up,
    down: migration_20261125_080806_listing_images.down,
    name: '20261125_080806_listing_images',
  },
  {
    up: migration_20261125_090115_comments_and_reports.up,
    down: migration_20261125_090115_comments_and_reports.down,
    name: '20261125_090115_comments_and_reports'
  },
];
