import { defineConfig } from 'vitest/config';
import { aliases, sharedTest } from '../../vitest.shared';

export default defineConfig({
  resolve: { alias: aliases },
  test: sharedTest,
});
