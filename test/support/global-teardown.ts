export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __hoichoServices?: { stop(): Promise<void> } })
    .__hoichoServices;
  // Each project that needs the services names this teardown; the first one stops them.
  (globalThis as { __hoichoServices?: unknown }).__hoichoServices = undefined;
  await services?.stop();
}
