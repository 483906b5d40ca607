// Preloaded into the measured CLI process: reports its peak resident memory on exit through fd 3.
const fs = require('node:fs');
process.on('exit', () => {
  try {
    fs.writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {}
});
