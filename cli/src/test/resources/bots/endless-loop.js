// Never returns: the runtime must stop it at --timeout and say so.
function onData(input) {
  while (true) {
    input.state.spins = (input.state.spins || 0) + 1;
  }
}
