/** The master key and AES-256-GCM sealing of secrets at rest. */
package io.awstrader.storage.crypto;
