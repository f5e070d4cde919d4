/**
 * A namespace loaded on first touch: a stand-in object whose reads, `in`, keys and property
 * descriptors go to the module `load` returns, loaded the first time any of them is asked for.
 * It is an ordinary export (`exports.plt = ...`), so Node's ESM named imports, bundlers and
 * TypeScript all see it as they see the module itself.
 */
export function lazyModule<T extends object>(load: () => T): T {
  let loaded: T | undefined;
  const real = (): T => (loaded ??= load());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // the stand-in itself has none of these properties, so they must be reported configurable
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
