// @npmcli/fs checks Node's version with semver for its cp(), which cacache never calls.
module.exports = {
  satisfies() {
    throw new Error('@npmcli/fs was asked for cp(); cacache never asks for it');
  },
};
