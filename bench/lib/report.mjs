// Turns raw runs into the benchmark table, the linearity check and the verdict on Scherp's targets.
import { rssSource } from './measure.mjs';

/** Scherp may cost at most this multiple of a bare remark-parse of the same files. */
export const TARGET_RATIO_VS_BARE = 1.5;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * @param {{ results: any[], inputs: Array<{ label: string, actualBytes: number }> }} data
 * @returns the summary that is also written to the JSON file
 */
export function printReport({ results, inputs }) {
  const sizeOrder = inputs.map((input) => input.label);
  const unsorted = results.filter((r) => !r.skipped);
  const toolOrder = [...new Set(unsorted.map((r) => r.tool))];
  const measured = unsorted.sort(
    (a, b) => toolOrder.indexOf(a.tool) - toolOrder.indexOf(b.tool) || sizeOrder.indexOf(a.size) - sizeOrder.indexOf(b.size),
  );
  const medianMs = (tool, size) => {
    const r = measured.find((m) => m.tool === tool && m.size === size);
    return r ? median(r.runs.map((run) => run.ms)) : undefined;
  };

  const medianCpuMs = (tool, size) => {
    const r = measured.find((m) => m.tool === tool && m.size === size);
    return r ? median(r.runs.map((run) => run.cpuMs)) : undefined;
  };

  const rows = [];
  const summary = { rows: [], linearity: [], targets: [] };
  for (const r of measured) {
    const ms = median(r.runs.map((run) => run.ms));
    const bare = medianMs('bare', r.size);
    const cpu = median(r.runs.map((run) => run.cpuMs));
    const bareCpu = medianCpuMs('bare', r.size);
    const rss = Math.max(...r.runs.map((run) => run.rssMiB));
    const ratio = bare ? ms / bare : undefined;
    const cpuRatio = bareCpu ? cpu / bareCpu : undefined;
    const times = (x) => (x === undefined ? '–' : `${x.toFixed(2)}×`);
    rows.push([r.name, r.size, r.runs.length, Math.round(ms), times(ratio), Math.round(cpu), times(cpuRatio), rss.toFixed(0)]);
    summary.rows.push({
      tool: r.tool,
      size: r.size,
      runs: r.runs.length,
      medianMs: ms,
      ratioVsBare: ratio,
      medianCpuMs: cpu,
      cpuRatioVsBare: cpuRatio,
      peakRssMiB: rss,
    });
  }
  console.log(`\nMedians per process: wall time, CPU time (user + system, all threads) and peak RSS (max over runs), via ${rssSource}\n`);
  console.log(table(['tool', 'size', 'runs', 'wall ms', 'vs bare', 'CPU ms', 'vs bare', 'peak RSS MiB'], rows));

  const [small, large] = inputs;
  if (small && large) {
    const sizeRatio = large.actualBytes / small.actualBytes;
    console.log(`\nLinearity: time(${large.label}) / time(${small.label}); input grows ${sizeRatio.toFixed(1)}×, so ≈${sizeRatio.toFixed(1)} is linear (start-up cost pulls it lower)\n`);
    const linRows = [];
    for (const tool of [...new Set(measured.map((m) => m.tool))]) {
      const a = medianMs(tool, small.label);
      const b = medianMs(tool, large.label);
      if (a === undefined || b === undefined) continue;
      const name = measured.find((m) => m.tool === tool).name;
      const cpuRatio = medianCpuMs(tool, large.label) / medianCpuMs(tool, small.label);
      linRows.push([name, (b / a).toFixed(2), cpuRatio.toFixed(2)]);
      summary.linearity.push({ tool, ratio: b / a, cpuRatio, sizeRatio });
    }
    console.log(table(['tool', 'wall ratio', 'CPU ratio'], linRows));
  }

  console.log('\nTargets (judged on wall time, what a user waits for)');
  const skippedScherp = results.find((r) => r.tool === 'scherp' && r.skipped);
  if (skippedScherp) {
    console.log(`  scherp not measured: ${skippedScherp.skipped}`);
    summary.targets.push({ target: 'scherp measured', met: false });
    return summary;
  }
  for (const input of inputs) {
    const scherp = medianMs('scherp', input.label);
    const bare = medianMs('bare', input.label);
    const peers = ['markdownlint', 'remark-retext'].map((id) => [id, medianMs(id, input.label)]);
    if (scherp === undefined || bare === undefined || peers.some(([, ms]) => ms === undefined)) {
      console.log(`  ${input.label}: not every tool was measured; no verdict`);
      summary.targets.push({ size: input.label, target: 'all tools measured', met: false });
      continue;
    }
    const checks = [
      [
        `scherp ≤ ${TARGET_RATIO_VS_BARE}× bare parse`,
        scherp <= TARGET_RATIO_VS_BARE * bare,
        `${(scherp / bare).toFixed(2)}× wall; ${(medianCpuMs('scherp', input.label) / medianCpuMs('bare', input.label)).toFixed(2)}× CPU`,
      ],
      ...peers.map(([id, peer]) => [`scherp faster than ${id}`, scherp < peer, `${Math.round(scherp)} vs ${Math.round(peer)} ms`]),
    ];
    for (const [target, met, detail] of checks) {
      console.log(`  ${met ? 'MET    ' : 'NOT MET'}  ${input.label}: ${target} (${detail})`);
      summary.targets.push({ size: input.label, target, met, detail });
    }
  }
  return summary;
}
