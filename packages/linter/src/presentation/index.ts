export { adviceScopes, groupAdviceForWriters, groupForWriters } from './group.js';
export type { AdvicePiece, AdvicePieceTopic, GroupOptions, WriterAdvice, WriterFinding } from './group.js';
