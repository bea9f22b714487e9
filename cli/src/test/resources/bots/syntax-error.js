// A syntax error on line 3.
function onData(input) {
  const x = ;
}
