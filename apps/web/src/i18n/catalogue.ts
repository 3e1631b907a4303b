/** A translation with exactly the keys of the Vietnamese catalogue, any wording. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
