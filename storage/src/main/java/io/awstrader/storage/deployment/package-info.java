/** Deployments, the active-deployment index and tick saves. */
package io.awstrader.storage.deployment;
