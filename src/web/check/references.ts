// The source catalogue and the myth notes: loaded only when a result shows them, so neither the
// questions nor the first paint of the result carry them.
import { MYTHS, type Myth, SOURCES, type Source } from '#knowledge';

export const sourcesById: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));
export const mythsById: ReadonlyMap<string, Myth> = new Map(MYTHS.map((m) => [m.id, m]));
