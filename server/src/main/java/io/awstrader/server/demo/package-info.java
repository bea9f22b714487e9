/** The demo account and the sample bots it holds. */
package io.awstrader.server.demo;
