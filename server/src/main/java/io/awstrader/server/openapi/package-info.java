/** The OpenAPI description, generated from the routes the server really serves. */
package io.awstrader.server.openapi;
