import type { Child } from "./same-child";

/** What both lists say of a child, taken from its rows and parents. */

/** The first gender given on the child's rows, or null. */
export function childGender(child: Child): string | null {
  for (const row of child.rows) if (row.gender !== null) return row.gender;
  return null;
}

/** The staff parents' names, in `Cán bộ` order. */
export function parentNames(child: Child): string[] {
  const names: string[] = [];
  for (const parent of child.parents) names.push(parent.name);
  return names;
}
