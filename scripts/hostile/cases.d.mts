export declare const HOSTILE_CASES: { name: string; plain?: boolean; refused?: boolean; build: () => string }[];
