// Preloaded (`node --require`) when GNU time is missing: records the process's peak RSS in KiB at exit.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.SCHERP_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
