// Logs, at its first call, every global name bot code can see (the global object and its prototype chain, up to
// Object.prototype) with typeof of each, sorted.
function onData(input) {
  if (input.state.listed) return;
  input.state.listed = true;
  const seen = {};
  for (let o = globalThis; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (!(name in seen)) {
        let type;
        try {
          type = typeof globalThis[name];
        } catch (e) {
          type = 'throws';
        }
        seen[name] = type;
      }
    }
  }
  console.log(Object.keys(seen).sort().map((name) => name + ':' + seen[name]).join(' '));
}
