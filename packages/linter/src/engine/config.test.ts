import { describe, expect, it } from 'vitest';
import type { LintConfig } from '../types.js';
import { ConfigError } from './config.js';
import { getRule, presets, resolveConfig, rules } from './linter.js';

function configError(config: unknown): ConfigError {
  try {
    resolveConfig(config as LintConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('resolveConfig', () => {
  it('defaults to the recommended preset, Dutch, block quotes checked', () => {
    const resolved = resolveConfig();
    expect(resolved.locale).toBe('nl');
    expect(resolved.checkBlockquotes).toBe(true);
    expect(resolved.rules['missing-owner']).toEqual({ severity: 'warning', options: {} });
    expect(resolved.rules['passive-voice']?.severity).toBe('off');
    expect(resolved.rules['long-sentence']).toEqual({ severity: 'info', options: { max: 25 } });
  });

  it('merges rule settings and options over the preset', () => {
    const resolved = resolveConfig({ rules: { 'long-sentence': ['warning', { max: 30 }], hype: 'off' }, locale: 'en' });
    expect(resolved.rules['long-sentence']).toEqual({ severity: 'warning', options: { max: 30 } });
    expect(resolved.rules.hype?.severity).toBe('off');
    expect(resolved.locale).toBe('en');
  });

  it('extends: [] starts from nothing', () => {
    const resolved = resolveConfig({ extends: [], rules: { hype: 'error' } });
    const on = Object.entries(resolved.rules).filter(([, r]) => r.severity !== 'off');
    expect(on).toEqual([['hype', { severity: 'error', options: {} }]]);
  });

  it('strict turns every rule on and raises advice severities', () => {
    const strict = resolveConfig({ extends: 'strict' });
    for (const rule of rules) expect(strict.rules[rule.meta.id]?.severity).not.toBe('off');
    expect(strict.rules['missing-owner']?.severity).toBe('error');
    expect(strict.rules['missing-funding']?.severity).toBe('warning');
    expect(strict.rules['passive-voice']?.severity).toBe('warning');
    expect(strict.rules['long-sentence']?.options).toEqual({ max: 20 });
    expect(Object.keys(presets)).toEqual(['recommended', 'strict']);
    expect(Object.isFrozen(presets.strict.rules)).toBe(true);
  });

  it('recommended enables exactly the rules marked recommended, at their default severity', () => {
    const resolved = resolveConfig({ extends: 'recommended' });
    for (const { meta } of rules) {
      expect(resolved.rules[meta.id]?.severity).toBe(meta.recommended ? meta.defaultSeverity : 'off');
    }
  });

  it('rejects unknown rules with a suggestion', () => {
    const error = configError({ rules: { 'missing-ownr': 'warning' } });
    expect(error.code).toBe('unknown-rule');
    expect(error.path).toBe('rules.missing-ownr');
    expect(error.message).toContain("Did you mean 'missing-owner'?");
  });

  it('rejects bad severities, options, presets, locales and keys', () => {
    expect(configError({ rules: { hype: 'warn' } }).code).toBe('invalid-severity');
    expect(configError({ rules: { hype: ['error', {}, 1] } }).code).toBe('invalid-severity');
    const badType = configError({ rules: { 'long-sentence': ['info', { max: '30' }] } });
    expect(badType).toMatchObject({ code: 'invalid-option', path: 'rules.long-sentence.max' });
    expect(badType.message).toContain('must be a number');
    expect(configError({ rules: { 'long-sentence': ['info', { maximum: 30 }] } }).code).toBe('unknown-option');
    expect(configError({ rules: { 'vague-term': ['info', { ignore: [1] }] } }).code).toBe('invalid-option');
    expect(configError({ extends: 'loose' }).code).toBe('unknown-preset');
    expect(configError({ locale: 'de' }).code).toBe('invalid-locale');
    expect(configError({ checkBlockquotes: 'no' }).code).toBe('invalid-config');
    expect(configError({ rulez: {} }).message).toContain("Unknown configuration key 'rulez'");
    expect(configError([]).code).toBe('invalid-config');
  });

  it('looks rules up by id', () => {
    expect(getRule('hype')?.meta.criterion).toBe('hype');
    expect(getRule('nope')).toBeUndefined();
  });
});
