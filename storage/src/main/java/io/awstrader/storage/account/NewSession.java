package io.awstrader.storage.account;

/** A session just created, with the token to hand to the browser once; {@link #toString()} hides the token. */
public record NewSession(String token, Session session) {
    @Override
    public String toString() {
        return "NewSession[token=(hidden), session=" + session + "]";
    }
}
