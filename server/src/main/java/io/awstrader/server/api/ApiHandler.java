package io.awstrader.server.api;

import io.javalin.http.Context;

/** A route's handler: the request, and the signed-in account's id (null on the few public routes). */
@FunctionalInterface
public interface ApiHandler {
    void handle(Context ctx, String accountId) throws Exception;
}
