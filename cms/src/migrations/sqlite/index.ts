import * as migration_20261122_170344_initial from './20261122_170344_initial';
import * as migration_20261125_080800_listing_images from './20261125_080800_listing_images';

export const migrations = [
  {
    up: migration_20261122_170344_initial.up,
    down: migration_20261122_170344_initial.down,
    name: '20261122_170344_initial',
  },
  {
    up: migration_20261125_080800_listing_images.up,
    down: migration_20261125_080800_listing_images.down,
    name: '20261125_080800_listing_images'
  },
];
