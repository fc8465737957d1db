/** Same keys as the source object, any text: a missing or extra key in a translation is a type error. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/**
 * The texts of one area of the app (queues, contacts…) in every language, kept next to the area's code so
 * that work on one screen does not touch the others' files. pt-BR is the source; en and es must match its keys.
 */
export function defineAreaMessages<T>(messages: { 'pt-BR': T; en: DeepStrings<NoInfer<T>>; es: DeepStrings<NoInfer<T>> }) {
  return messages;
}
