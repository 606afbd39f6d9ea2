// A reverse-keyed statement reads backwards: "Strongly disagree" with "We avoid proposing new ideas"
// is a strength. Quoted bare beside a strength, the answer reads as a weakness, so every place that
// quotes an answer with its score says so, in the same words, inside the score's brackets.

/** Appended to a quoted answer's score note ("score 100.0") when its statement is reverse-keyed. */
export function reverseKeyedNote(reverse: boolean): string {
  return reverse ? '; reverse-keyed: lower on the scale scores higher' : '';
}
