import { runCli } from './run-cli.js';

// Set exitCode rather than calling process.exit so buffered stdout (large SARIF/JSON) is flushed first.
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scherp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
