/** What the loader knows of a stored letter when it checks the collection as a whole. */
export interface StoredLetter {
  id: string;
  filePath: string | undefined;
  year: number;
  goals: { number: number; wording: string }[];
  body: string;
}

/** Problems that span entries or tie frontmatter to body; each names the file. */
export function checkLetters(letters: readonly StoredLetter[]): string[] {
  const problems: string[] = [];
  const fileByYear = new Map<number, string>();
  // Sorted, so the same content always yields the same messages whatever order files load in.
  const sorted = [...letters].sort((a, b) => a.id.localeCompare(b.id));
  for (const letter of sorted) {
    const file = letter.filePath ?? letter.id;
    const other = fileByYear.get(letter.year);
    if (other) problems.push(`${file}: field 'year': ${letter.year} is already the year of ${other}`);
    else fileByYear.set(letter.year, file);
    if (String(letter.year) !== letter.id) {
      problems.push(`${file}: field 'year': ${letter.year} does not match the file name '${letter.id}'`);
    }
    letter.goals.forEach((goal, index) => {
      if (!letter.body.includes(`${goal.number}. ${goal.wording}`)) {
        problems.push(
          `${file}: field 'goals.${index}.wording': "${goal.number}. ${goal.wording}" is not in the letter's goal list`,
        );
      }
    });
  }
  return problems;
}
