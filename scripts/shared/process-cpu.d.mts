/** CPU time (ms, user + system, all threads) of process `pid`, or undefined where there is no /proc. */
export declare function cpuMsOf(pid: number): Promise<number | undefined>;
