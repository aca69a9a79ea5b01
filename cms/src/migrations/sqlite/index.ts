import * as migration_20261122_170344_initial from './20261122_170344_initial';
import * as migration_20261125_080800_listing_images from './20261125_080800_listing_images';
import * as migration_20261125_090108_comments_and_reports from './20261125_090108_comments_and_reports';

export const migrations = [
  {
    up: migration_20261122_170344_initial.up,
    down: migration_20261122_170344_initial.down,
    name: '20261122_170344_initial',
  },
  {
    up: migration_20261125_080800_listing_images.up,
    down: migration_20261125_080800_listing_images.down,
    name: '20261125_080800_listing_images',
  },
  {
    up: migration_20261125_090108_comments_and_reports.up,
    down: migration_20261125_090108_comments_and_reports.down,
    name: '20261125_090108_comments_and_reports'
  },
];
