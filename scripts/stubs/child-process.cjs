// commander loads child_process at start-up (1.5 ms) for executable subcommands, which article has none of.
function spawn() {
  throw new Error('article runs no executable subcommands');
}
module.exports = { spawn };
