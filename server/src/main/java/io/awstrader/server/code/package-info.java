/** Compile on save: bot TypeScript to JavaScript with diagnostics. */
package io.awstrader.server.code;
