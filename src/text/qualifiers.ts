/**
 * The qualifiers a figure's value may carry ("more than 7,000", "up to 1.4
 * million"), as the fact base's schema spells them. Here, below the schema, so
 * that the text helpers that read and print them need nothing above them.
 */
export const QUALIFIERS = ["exactly", "more_than", "at_least", "nearly", "about", "less_than", "up_to"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
