/** mulberry32: a seeded generator of numbers in [0, 1), so every generated case can be replayed from its seed. */
export declare function seededRandom(seed: number): () => number;
