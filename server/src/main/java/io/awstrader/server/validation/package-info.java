/** Strict JSON bodies, path and query checks, and the error answer every refusal becomes. */
package io.awstrader.server.validation;
