import { defineConfig } from 'vitest/config';
import { aliases } from '../../vitest.shared';

export default defineConfig({
  resolve: { alias: aliases },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
