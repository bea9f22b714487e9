/**
 * Runs untrusted bot JavaScript on the JVM: one shared GraalJS engine ({@link io.awstrader.sandbox.JsEngines}), a
 * locked-down context per bot with a time and allocation watchdog ({@link io.awstrader.sandbox.BotSandbox}), and the
 * TypeScript-to-JavaScript compiler that the browser runs too ({@link io.awstrader.sandbox.BotCompiler}).
 */
package io.awstrader.sandbox;
