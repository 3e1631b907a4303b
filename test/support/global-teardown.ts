export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { __hoichoServices?: { stop(): Promise<void> } })
    .__hoichoServices;
  await services?.stop();
}
