export declare const HOSTILE_CASES: { name: string; plain?: boolean; build: () => string }[];
