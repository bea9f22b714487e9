/** Bots and their versions of code. */
package io.awstrader.storage.bot;
