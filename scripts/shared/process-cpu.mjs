// CPU time of another running process, read from /proc: what the hostile and fuzz runners judge a hang by,
// since load inflates wall time several times over. A child stuck in a synchronous loop cannot report its
// own CPU time (no timer of it runs), so the parent reads it.
import { readFile } from 'node:fs/promises';

// Linux reports utime and stime in clock ticks of USER_HZ, which is 100 on every architecture it supports.
const TICKS_PER_SECOND = 100;

/** CPU time (ms, user + system, all threads) of process `pid`, or undefined where there is no /proc. */
export async function cpuMsOf(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) is in parentheses and may contain spaces; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
