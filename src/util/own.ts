/**
 * `record[key]` for a key that came from a user, without reaching the prototype: a question
 * id or band label such as "constructor" must find nothing rather than Object's constructor.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
