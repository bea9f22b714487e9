// Forgot onData: the backtest must refuse it with a message saying what to declare.
function onTick(input) {
  return input;
}
