// @npmcli/fs asks semver one question when loaded: whether Node is >=16.7.0 (for fs.cp, which
// cacache never calls). article needs Node 20 or later (package.json engines): yes.
module.exports = {
  satisfies: () => true,
};
