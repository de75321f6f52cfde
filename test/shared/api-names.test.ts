import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { eventNames, methodNames } from '../../shared/api/names';

describe('API name lists', () => {
  it('list exactly the contract methods and events (the preload allows only these)', () => {
    expect([...methodNames].sort()).toEqual(Object.keys(contract.methods).sort());
    expect([...eventNames].sort()).toEqual(Object.keys(contract.events).sort());
  });
});
