// Placeholder until the editor view lands: the route module exports what React Router's `lazy` reads.
export function Component() {
  return <h1>Editor</h1>;
}
