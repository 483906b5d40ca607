// Preloaded into the measured CLI process: reports its peak resident memory (KiB) and CPU time (µs, user +
// system) on exit through fd 3, so the runner can print CPU time next to wall time under load.
const fs = require('node:fs');
process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    fs.writeSync(3, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  } catch {}
});
