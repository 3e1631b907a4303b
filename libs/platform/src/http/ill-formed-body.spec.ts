import { findBodyProblem } from './ill-formed-body';

describe('findBodyProblem', () => {
  it('passes Vietnamese text, emoji (surrogate pairs) and other values', () => {
    const body = { tên: 'Gốm Bát Tràng 🏺', days: [{ date: '2026-10-10' }], n: 1, ok: null };
    expect(findBodyProblem(body)).toBeUndefined();
  });

  it('names the field holding a lone surrogate, nested ones by their path', () => {
    expect(findBodyProblem({ email: 'a\ud800@b.vn' })).toEqual({
      field: 'email',
      problem: 'lone_surrogate',
    });
    expect(findBodyProblem({ days: [{}, { note: 'x\udc00' }] })).toEqual({
      field: 'days.1.note',
      problem: 'lone_surrogate',
    });
    expect(findBodyProblem({ ['k\ud800']: 1 })?.problem).toBe('lone_surrogate');
  });

  it('refuses prototype keys that JSON.parse keeps as own properties', () => {
    expect(findBodyProblem(JSON.parse('{"a":{"__proto__":{"role":"admin"}}}'))).toEqual({
      field: 'a.__proto__',
      problem: 'forbidden_key',
    });
    expect(findBodyProblem({ constructor: { prototype: {} } })?.field).toBe('constructor');
  });
});
