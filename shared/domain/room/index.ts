/** What the room decides together: short list, votes, the impact/effort 2x2, the live board and the deck. */
export * from './ballotCount';
export * from './board';
export * from './deck';
export * from './matrix';
export * from './shortList';
export * from './voting';
export * from './workstream';
