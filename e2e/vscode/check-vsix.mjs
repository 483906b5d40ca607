// Checks that the .vsix is self-contained: unpacked far from any node_modules, its bundled language
// server must answer `initialize` and report a hint on a vague advice, with plain Node and no network.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const vsix = path.resolve(process.argv[2] ?? '');
if (!existsSync(vsix)) {
  console.error(`check-vsix: no such file: ${vsix}`);
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'scherp-vsix-'));
try {
  execFileSync('unzip', ['-q', vsix, '-d', dir]);
  const ext = path.join(dir, 'extension');
  const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
  if (listing.some((f) => f.includes('node_modules/'))) throw new Error('the .vsix contains node_modules');
  for (const f of ['extension/dist/extension.cjs', 'extension/dist/server.cjs', 'extension/package.json']) {
    if (!listing.includes(f)) throw new Error(`the .vsix lacks ${f}`);
  }
  const diagnostics = await runServer(path.join(ext, 'dist/server.cjs'));
  if (diagnostics.length === 0) throw new Error('the bundled server published no diagnostics for a vague advice');
  console.log(`check-vsix: ok (${listing.length} files, server published ${diagnostics.length} diagnostics)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function runServer(serverPath) {
  return new Promise((resolve, reject) => {
    // NODE_PATH cleared and cwd in the temp dir: nothing outside the .vsix can be resolved.
    const child = spawn(process.execPath, [serverPath, '--stdio'], {
      cwd: path.dirname(serverPath),
      env: { PATH: process.env.PATH ?? '', NODE_PATH: '' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => finish(new Error('the bundled server did not answer within 20 s')), 20_000);
    let buffer = Buffer.alloc(0);
    const uri = 'file:///tmp/scherp-check/nota.md';
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const finish = (error, value) => {
      clearTimeout(timer);
      child.kill();
      error ? reject(error) : resolve(value);
    };
    child.on('exit', (code) => finish(new Error(`the bundled server exited with code ${code}`)));
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1) {
          send({ method: 'initialized', params: {} });
          send({
            method: 'textDocument/didOpen',
            params: {
              textDocument: {
                uri,
                languageId: 'markdown',
                version: 1,
                text: '# Nota\n\nEr moet meer aandacht komen voor de inzet van innovatieve oplossingen.\n',
              },
            },
          });
        } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
          if (message.params.diagnostics.length > 0) finish(null, message.params.diagnostics);
        } else if (message.method === 'workspace/configuration' || message.method === 'client/registerCapability') {
          send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
        } else if (message.id !== undefined && message.method) {
          send({ id: message.id, result: null });
        }
      }
    });
    send({
      id: 1,
      method: 'initialize',
      params: { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } },
    });
  });
}
