/** Exchange accounts with encrypted credentials. */
package io.awstrader.storage.exchange;
