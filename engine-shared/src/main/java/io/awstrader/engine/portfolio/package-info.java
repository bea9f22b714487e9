/** Balances of assets: what is free to spend and what is reserved by open orders. */
package io.awstrader.engine.portfolio;
