/** A row of a ranking (`SchoolRankedList.vue`): its rank, its name, and its figures, each tagged with the metric it shows. */
export interface RankedRow<K extends string> {
  id: string
  rank: number
  name: string
  /** A muted addition to the name (a class's school on a district's list). */
  note?: string
  figures: ReadonlyArray<{ metric: K | null, text: string }>
}
