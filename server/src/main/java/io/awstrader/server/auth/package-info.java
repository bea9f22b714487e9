/** Password hashing and policy, session cookies, login rate limits and the cross-site request check. */
package io.awstrader.server.auth;
