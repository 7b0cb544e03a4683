// Placeholder: this part of the console is being built (issue 18).
export function Component() {
  return <p>…</p>;
}
