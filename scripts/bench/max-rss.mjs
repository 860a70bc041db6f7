// Preload for when GNU time is missing: `node --import <abs>/scripts/bench/max-rss.mjs ...`
// prints the process's peak resident set size (KB) as the last line of stderr on exit.
process.on('exit', () => {
  process.stderr.write(`${process.resourceUsage().maxRSS}\n`);
});
