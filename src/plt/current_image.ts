/** Mappables gci() finds that the axes' children lists do not hand out (hist2d's and pcolor's meshes). */

/** A mappable pyplot can make current: an image or a collection (with the model artist it draws). */
export type Mappable = { artist: object };

const EXTRA = new WeakMap<object, Mappable>();

/** Lets gci find a mappable by its model artist. */
export function registerMappable<T extends Mappable>(m: T): T {
  EXTRA.set(m.artist, m);
  return m;
}

/** The mappable registered for a model artist. */
export function extraMappable(artist: object): Mappable | undefined {
  return EXTRA.get(artist);
}
