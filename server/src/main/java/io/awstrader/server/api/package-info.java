/** The REST API: one class of plain handler functions per resource, each declaring its routes. */
package io.awstrader.server.api;
