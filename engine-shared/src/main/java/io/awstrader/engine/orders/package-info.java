/** Orders as bots ask for them and as exchanges report them. */
package io.awstrader.engine.orders;
