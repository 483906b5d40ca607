import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './base64.js';
import { decodeWeights, encodeWeights } from './model.js';

describe('weights', () => {
  it('decode from base64 in one pass to exactly the encoded int16 weights', () => {
    const size = 1 << 16;
    const weights = new Int16Array(size);
    // Extremes, neighbours, long gaps (multi-byte varints) and the last slot.
    const set: [number, number][] = [[0, 32767], [1, -32767], [2, 1], [3, -1], [200, 64], [201, -64], [20_000, 12345], [50_001, -300], [size - 1, 7]];
    for (const [i, v] of set) weights[i] = v;
    for (let n = 0; n < 3; n++) {
      const text = encodeBase64(encodeWeights(weights));
      expect(Array.from(decodeWeights(text, size))).toEqual(Array.from(weights));
      weights[100 + n] = -2; // also payload lengths that need base64 padding
    }
  });
});
