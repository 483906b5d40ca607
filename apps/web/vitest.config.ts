import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// No source aliases here: the page test drives the built site (dist/), which `turbo run test` builds first.
export default defineConfig({ test: sharedTest });
