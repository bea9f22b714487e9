/** Storage over one DynamoDB table: the database (DynamoDB Local in-process, an endpoint, or AWS), the table definition, settings and the domain exceptions. */
package io.awstrader.storage;
