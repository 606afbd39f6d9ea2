import { describe, expect, it } from 'vitest';
import { thousands } from '../../../src/util/thousands.js';

describe('thousands', () => {
  it('writes whole numbers as en-US does, commas between thousands', () => {
    for (const value of [0, 7, 999, 1000, 10000, 100000, 1048576, 1000000, 123456789]) expect(thousands(value), String(value)).toBe(value.toLocaleString('en-US'));
  });
});
