import { runCli } from './run-cli.js';

// A reader that stops early (`scherp lint -f json | head -c 10`) closes the pipe: that ends the run quietly,
// with the exit code so far, instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.stderr.write(`scherp: ${error.message}\n`);
    process.exit(2);
  });
}

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
