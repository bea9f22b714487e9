/** What bots draw on charts: line series and marker points, per pair and chart panel. */
package io.awstrader.engine.plot;
