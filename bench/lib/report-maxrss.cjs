// Preloaded (`node --require`) when GNU time is missing: records, like `time -f '%M %U %S'`, the peak RSS
// in KiB and the user and system CPU seconds of the whole process at exit.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.SCHERP_BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}`);
});
