// cacache's rm.all and verify list files with glob; article never calls them (the cache is
// pruned entry by entry, source/web/cache-prune.ts).
module.exports = {
  glob() {
    throw new Error('cacache was asked to glob; article prunes its cache entry by entry');
  },
};
