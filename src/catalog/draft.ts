/** A model object while the model is being built: writable, with writable arrays. */
export type Draft<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
