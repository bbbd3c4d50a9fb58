/** What the close-round confirmation says: how many responses the round has and what closing does. */
export function closeRoundText(roundName: string, count: number, threshold: number): string[] {
  const n = count === 1 ? '1 response' : `${count} responses`;
  const lines = [
    count === 0 ? `“${roundName}” has no responses yet.` : `“${roundName}” has ${n}.`,
    'Closing it ends collection: the kiosk and phones accept no more answers (the phone listener closes). Once it is closed, its results can be shown in the Results tab and in present mode.',
  ];
  if (count === 0) lines.push('With no responses there are no results to show.');
  else if (count < threshold)
    lines.push(
      `Groups with fewer than ${threshold} responses stay hidden to protect anonymity, so with ${n} most numbers will not be shown.`,
    );
  lines.push('You can reopen the round later to collect more.');
  return lines;
}
