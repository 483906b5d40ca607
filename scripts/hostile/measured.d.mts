export interface Measured {
  /** Exit code, or null when the child was killed or could not be started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Why the runner killed it: over the CPU budget (a hang) or over the wall limit (stuck). */
  killed: 'cpu' | 'wall' | undefined;
  /** Why the child could not be started. */
  error: string | undefined;
  wallMs: number;
  /** CPU time, user + system: the preload's figure, else the last one read from /proc; undefined without either. */
  cpuMs: number | undefined;
  rssKiB: number | undefined;
  /** The first characters of stdout (see stdoutLimit). */
  stdout: string;
  stdoutBytes: number;
  stderr: string;
}
export interface MeasuredOptions {
  cwd: string;
  cpuBudgetMs?: number;
  wallLimitMs?: number;
  stdoutLimit?: number;
  closeStdout?: boolean;
  /** Load measure-preload.cjs (default true); node then reads the package.json of cwd before the CLI runs. */
  preload?: boolean;
}
export declare const CLI_BIN: string;
export declare function runMeasured(args: string[], options: MeasuredOptions): Promise<Measured>;
export declare function inPool<T, R>(items: readonly T[], size: number, task: (item: T, index: number) => Promise<R>): Promise<R>[];
export declare const CORES: number;
