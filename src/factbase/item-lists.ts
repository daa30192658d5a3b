/**
 * The lists of a brief that hold items, in document order: what the item registry (items.ts)
 * describes, named here below both it and the schema, which keys per-kind settings by them.
 */
export const ITEM_LISTS = ["key_points", "questions", "actors", "timeline", "positions", "figures", "quotes"] as const;

export type ListName = (typeof ITEM_LISTS)[number];
