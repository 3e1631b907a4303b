import { InvalidInstanceError, type InvalidInstanceCode } from './invalid-instance.error';
import { instance, req, row } from './testing/fixtures';
import { validateInstance } from './validate-instance';
import { allocate } from './allocate';

function expectInvalid(
  raw: unknown,
  code: InvalidInstanceCode,
  names: { booth?: string; request?: string; text?: RegExp },
) {
  let error: unknown;
  try {
    validateInstance(raw);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidInstanceError);
  const e = error as InvalidInstanceError;
  expect(e.code).toBe(code);
  if (names.booth) {
    expect(e.booth).toBe(names.booth);
    expect(e.message).toContain(names.booth);
  }
  if (names.request) {
    expect(e.request).toBe(names.request);
    expect(e.message).toContain(names.request);
  }
  if (names.text) expect(e.message).toMatch(names.text);
  expect(e.message).not.toContain('\n');
}

describe('validateInstance', () => {
  const booths = () => row('gom-su', 'A', 3);

  it('fills defaults: weights, corner, zones, near, pinned', () => {
    const v = validateInstance({
      booths: [{ id: 'A1', zone: 'z', type: 't', neighbours: [] }],
      requests: [{ id: 'r1', size: 1, types: ['t'], priority: 2 }],
    });
    expect(v.weights).toEqual({ priorityBase: 10, base: 10, zone: [3, 2, 1], corner: 2, near: 5 });
    expect(v.booths[0].corner).toBe(false);
    expect(v.requests[0]).toEqual({
      id: 'r1',
      size: 1,
      types: ['t'],
      zones: [],
      corner: false,
      priority: 2,
      near: [],
      pinned: [],
    });
  });

  it('merges partial weights with the defaults', () => {
    const v = validateInstance(instance(booths(), [], { near: 7 }));
    expect(v.weights).toEqual({ priorityBase: 10, base: 10, zone: [3, 2, 1], corner: 2, near: 7 });
  });

  it('rejects what is not an instance', () => {
    expectInvalid(null, 'not-an-object', {});
    expectInvalid({ booths: [] }, 'not-an-object', { text: /requests/ });
    expectInvalid({ booths: {}, requests: [] }, 'not-an-object', { text: /booths/ });
  });

  it('rejects a booth with no id, zone or type', () => {
    expectInvalid(
      { booths: [{ zone: 'z', type: 't', neighbours: [] }], requests: [] },
      'bad-booth',
      { text: /#1/ },
    );
    expectInvalid(
      { booths: [{ id: 'A1', type: 't', neighbours: [] }], requests: [] },
      'bad-booth',
      { booth: 'A1' },
    );
    expectInvalid(
      { booths: [{ id: 'A1', zone: 'z', type: '', neighbours: [] }], requests: [] },
      'bad-booth',
      { booth: 'A1' },
    );
    expectInvalid(
      { booths: [{ id: 'A1', zone: 'z', type: 't', neighbours: 'A2' }], requests: [] },
      'bad-booth',
      { booth: 'A1' },
    );
  });

  it('rejects duplicate booth ids', () => {
    expectInvalid(
      instance([...booths(), { id: 'A2', zone: 'x', type: 'standard', neighbours: [] }], []),
      'duplicate-booth',
      { booth: 'A2' },
    );
  });

  it('rejects asymmetric neighbours, naming the booth', () => {
    const b = booths();
    b[2].neighbours = [];
    expectInvalid(instance(b, []), 'asymmetric-neighbours', { booth: 'A2', text: /A3/ });
  });

  it('rejects an unknown booth in neighbours', () => {
    const b = booths();
    b[0].neighbours.push('Z9');
    expectInvalid(instance(b, []), 'unknown-neighbour', { booth: 'A1', text: /Z9/ });
  });

  it('rejects a booth that is its own neighbour', () => {
    const b = booths();
    b[0].neighbours.push('A1');
    expectInvalid(instance(b, []), 'self-neighbour', { booth: 'A1' });
  });

  it('rejects duplicate request ids', () => {
    expectInvalid(instance(booths(), [req('r1'), req('r1')]), 'duplicate-request', {
      request: 'r1',
    });
  });

  it.each([0, -1, 1.5, '2', null])('rejects size %p', (size) => {
    expectInvalid(instance(booths(), [req('r1', { size: size as number })]), 'bad-size', {
      request: 'r1',
    });
  });

  it.each([0, 6, 2.5, '3', undefined])('rejects priority %p', (priority) => {
    expectInvalid(
      instance(booths(), [req('r1', { priority: priority as number })]),
      'bad-priority',
      { request: 'r1' },
    );
  });

  it.each([[], undefined, [''], [3], 'standard'])('rejects types %p', (types) => {
    expectInvalid(instance(booths(), [req('r1', { types: types as string[] })]), 'bad-types', {
      request: 'r1',
    });
  });

  it('rejects bad zones lists', () => {
    expectInvalid(instance(booths(), [req('r1', { zones: ['a', 'a'] })]), 'bad-zones', {
      request: 'r1',
    });
    expectInvalid(
      instance(booths(), [req('r1', { zones: 'gom-su' as unknown as string[] })]),
      'bad-zones',
      { request: 'r1' },
    );
  });

  it('rejects an unknown request id in near, and a request near itself', () => {
    expectInvalid(instance(booths(), [req('r1', { near: ['r2'] })]), 'unknown-near', {
      request: 'r1',
      text: /r2/,
    });
    expectInvalid(instance(booths(), [req('r1', { near: ['r1'] })]), 'self-near', {
      request: 'r1',
    });
  });

  it('rejects an unknown booth in pinned', () => {
    expectInvalid(instance(booths(), [req('r1', { pinned: ['Q7'] })]), 'unknown-pinned-booth', {
      request: 'r1',
      text: /Q7/,
    });
  });

  it('rejects pinned of the wrong size, or listing a booth twice', () => {
    expectInvalid(
      instance(booths(), [req('r1', { size: 2, pinned: ['A1'] })]),
      'pinned-size-mismatch',
      { request: 'r1' },
    );
    expectInvalid(
      instance(booths(), [req('r1', { size: 2, pinned: ['A1', 'A1'] })]),
      'bad-pinned',
      { request: 'r1' },
    );
  });

  it('rejects two requests pinned to one booth, naming both', () => {
    expectInvalid(
      instance(booths(), [req('r1', { pinned: ['A2'] }), req('r2', { pinned: ['A2'] })]),
      'pinned-conflict',
      { request: 'r2', text: /A2.*r1.*r2/ },
    );
  });

  it('rejects bad weights', () => {
    expectInvalid(instance(booths(), [], { near: -1 }), 'bad-weights', { text: /near/ });
    expectInvalid(instance(booths(), [], { zone: [3, 'x' as unknown as number] }), 'bad-weights', {
      text: /zone/,
    });
    expectInvalid(instance(booths(), [], { priorityBase: 0 }), 'bad-weights', {
      text: /priorityBase/,
    });
  });

  it('allocate throws the same typed error', () => {
    expect(() => allocate(instance(booths(), [req('r1', { near: ['ghost'] })]))).toThrow(
      InvalidInstanceError,
    );
  });
});
