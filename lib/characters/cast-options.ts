import type { CastMember } from "./manage-cast";

/** What a prompt field's cast picker shows of a cast member: the name, the description, one face. */
export interface CastOption {
  name: string;
  description: string;
  imageUrl: string | null;
}

export function castOptions(cast: CastMember[]): CastOption[] {
  return cast.map((c) => ({ name: c.name, description: c.description, imageUrl: c.images[0]?.url ?? null }));
}
