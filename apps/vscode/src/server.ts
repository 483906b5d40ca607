// Entry point of dist/server.cjs: the language server bundled into the extension, so the .vsix needs no
// node_modules. VS Code starts it over Node IPC (`--node-ipc`), which the server's connection detects.
import { startServer } from '@scherp/language-server';

startServer();
