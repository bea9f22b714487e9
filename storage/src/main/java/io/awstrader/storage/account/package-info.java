/** Accounts with unique emails, and sessions stored by token hash. */
package io.awstrader.storage.account;
