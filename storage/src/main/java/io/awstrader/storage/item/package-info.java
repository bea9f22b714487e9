/** The single-table item layout, attribute values, optimistic-locking updates, ids and chunking of large payloads. */
package io.awstrader.storage.item;
