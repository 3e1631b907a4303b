import { DiscoveryService, MetadataScanner } from '@nestjs/core';

/** A provider's method carrying the metadata `key`, bound to its instance. */
export interface DiscoveredMethod<M> {
  meta: M;
  /** `Class.method`, for messages. */
  where: string;
  call: (...args: never[]) => Promise<unknown>;
}

/** Every method of every instantiated provider that carries the metadata `key`. */
export function discoverMethods<M>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  key: string,
): DiscoveredMethod<M>[] {
  const found: DiscoveredMethod<M>[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.isDependencyTreeStatic()) continue;
    const prototype = Object.getPrototypeOf(instance) as object | null;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const method = instance[name] as (...args: never[]) => Promise<unknown>;
      const meta = Reflect.getMetadata(key, method) as M | undefined;
      if (meta === undefined) continue;
      found.push({
        meta,
        where: `${instance.constructor.name}.${name}`,
        call: method.bind(instance),
      });
    }
  }
  return found;
}
