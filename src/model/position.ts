/** 1-based positions in a card file, shared by facts, findings and every renderer. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}
