/**
 * The Scherp-specific LSP messages, taken from the server package so client and server cannot drift.
 * Only constants and types: esbuild drops the rest of the server from the extension bundle
 * (the server package is side-effect free).
 */
export {
  ADVICE_REQUEST,
  ADVICE_CHANGED_NOTIFICATION,
  TRUST_CHANGED_NOTIFICATION,
  type AdviceResult,
  type AdviceChangedParams,
} from '@scherp/language-server';
