/**
 * A value that every content script of the extension in this frame sees: they run in one world
 * per frame (the manifest's and those the background runs), whose global object they share.
 */
export function worldSlot<T>(name: string): { get(): T | undefined; set(value: T): T } {
  const key = Symbol.for(`object-meta-ai.${name}`)
  const world = globalThis as unknown as Record<symbol, T | undefined>
  return { get: () => world[key], set: (value) => (world[key] = value) }
}
